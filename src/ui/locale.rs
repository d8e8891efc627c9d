//! The person's locale as app-wide state: from `?lang=` in the URL, else the browser's languages.

use crate::i18n::{Locale, Msg, text};
use leptos::prelude::*;

/// App-wide locale signal, provided as context by [`crate::ui::App`].
#[derive(Clone, Copy)]
pub struct LocaleContext(pub RwSignal<Locale>);

impl LocaleContext {
    /// Creates the locale signal from the URL and the browser, provides it, and returns it.
    pub fn provide() -> RwSignal<Locale> {
        let signal = RwSignal::new(initial_locale());
        provide_context(LocaleContext(signal));
        signal
    }

    /// The locale signal of the current app.
    pub fn get() -> RwSignal<Locale> {
        use_context::<LocaleContext>()
            .map(|LocaleContext(s)| s)
            .unwrap_or_else(|| RwSignal::new(Locale::default()))
    }
}

/// When the language changes, re-writes the numbers typed in `input` for the new locale with
/// `relocalize(input, from, to)` and records the locale they are now typed in (`typed_in`).
pub fn follow_language<T: Send + Sync + 'static>(
    locale: RwSignal<Locale>,
    input: RwSignal<T>,
    typed_in: RwSignal<Locale>,
    relocalize: fn(&T, Locale, Locale) -> T,
) {
    Effect::new(move |previous: Option<Locale>| {
        let now = locale.get();
        if let Some(before) = previous.filter(|b| *b != now) {
            input.update(|i| *i = relocalize(i, before, now));
            typed_in.set(now);
        }
        now
    });
}

/// A reactive translation of `msg` in the current locale.
pub fn tr(locale: RwSignal<Locale>, msg: Msg) -> impl Fn() -> String + Send + Sync + Copy + 'static
where
    Msg: Send + Sync,
{
    let msg = StoredValue::new(msg);
    move || text(locale.get(), &msg.read_value())
}

fn initial_locale() -> Locale {
    let window = window();
    let from_url = window
        .location()
        .search()
        .ok()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|p| p.get("lang"))
        .and_then(|tag| Locale::from_tag(&tag));
    from_url.unwrap_or_else(|| {
        let langs: Vec<String> = window
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        Locale::negotiate(langs.iter().map(String::as_str))
    })
}
