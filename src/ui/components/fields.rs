use crate::i18n::text;
use crate::simulation::{Field, FieldMessage, Severity};
use crate::ui::locale::LocaleContext;
use crate::ui::state::SimState;
use leptos::prelude::*;

/// The messages about one field (errors and notices), each in its own paragraph; the field points at
/// them with `aria-describedby`.
#[component]
pub fn FieldMessages(
    /// DOM id of the container (`{field id}-msg`).
    id: String,
    /// The messages.
    messages: Signal<Vec<FieldMessage>>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    view! {
        <div class="field-messages" id=id>
            {move || {
                messages
                    .get()
                    .into_iter()
                    .map(|m| {
                        let class = match m.severity {
                            Severity::Error => "field-error",
                            Severity::Notice => "field-notice",
                        };
                        view! { <p class=class>{text(locale.get(), &m.msg)}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A labelled text field whose text is kept exactly as typed, with a hint and its messages.
#[component]
pub fn TextField(
    /// DOM id of the input.
    id: &'static str,
    /// Which simulator field it is (for its messages).
    field: Field,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint under the label (e.g. the accepted range).
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input event.
    on_input: Callback<String>,
    /// `inputmode` for on-screen keyboards.
    #[prop(default = "decimal")]
    inputmode: &'static str,
    /// `autocomplete` hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The input's `type` (`text`, `tel`, `email`).
    #[prop(default = "text")]
    kind: &'static str,
    /// The messages to show; by default the simulator's messages about `field`.
    #[prop(optional, into)]
    messages: Option<Signal<Vec<FieldMessage>>>,
) -> impl IntoView {
    let messages = messages.unwrap_or_else(|| {
        let state = SimState::get();
        Signal::derive(move || state.messages_for(field))
    });
    let invalid = move || messages.with(|m| m.iter().any(|m| m.severity == Severity::Error));
    let hint_id = format!("{id}-hint");
    let msg_id = format!("{id}-msg");
    let described = format!("{hint_id} {msg_id}");
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id id=format!("{id}-label")>{label}</label>
            <p class="field-hint" id=hint_id>{move || hint.map(|h| h.get())}</p>
            <input
                id=id
                name=id
                type=kind
                inputmode=inputmode
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-describedby=described
            />
            <FieldMessages id=msg_id messages=messages />
        </div>
    }
}

/// A labelled choice among options (`value`, visible text), for short lists on any screen.
#[component]
pub fn SelectField(
    /// DOM id of the select.
    id: &'static str,
    /// Visible label.
    label: Signal<String>,
    /// The options: the value sent and the text shown.
    options: Signal<Vec<(String, String)>>,
    /// The value chosen.
    value: Signal<String>,
    /// Called with the new value.
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || options
                    .get()
                    .into_iter()
                    .map(|(v, t)| {
                        let selected = value.with(|current| *current == v);
                        view! { <option value=v selected=selected>{t}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A slider paired with a typed field: the slider shows the value in use (after clamping) and moving
/// it rewrites the text; typing moves the slider.
#[component]
pub fn RangeField(
    /// DOM id of the text input; the slider gets `{id}-slider`.
    id: &'static str,
    /// Which simulator field it is.
    field: Field,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint with the range.
    #[prop(into)]
    hint: Signal<String>,
    /// The text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text.
    on_input: Callback<String>,
    /// Slider bounds and step, as canonical numbers.
    #[prop(into)]
    bounds: Signal<(String, String, String)>,
    /// The value in use, canonical (for the slider's position).
    #[prop(into)]
    in_use: Signal<Option<String>>,
    /// The value in use as a person reads it (the slider's `aria-valuetext`).
    #[prop(into)]
    in_use_text: Signal<String>,
    /// Called with the slider's canonical value.
    on_slide: Callback<String>,
    /// `inputmode` of the text input.
    #[prop(default = "decimal")]
    inputmode: &'static str,
) -> impl IntoView {
    let slider_id = format!("{id}-slider");
    view! {
        <div class="range-field">
            <TextField id=id field=field label=label hint=hint value=value on_input=on_input
                inputmode=inputmode />
            <input
                type="range"
                class="slider"
                id=slider_id
                aria-labelledby=format!("{id}-label")
                min=move || bounds.get().0
                max=move || bounds.get().1
                step=move || bounds.get().2
                prop:value=move || in_use.get().unwrap_or_else(|| bounds.get().0)
                aria-valuetext=move || in_use_text.get()
                on:input=move |ev| on_slide.run(event_target_value(&ev))
            />
        </div>
    }
}
