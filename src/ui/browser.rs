//! Thin adapters over the browser (wasm32 only): the date, the URL, fetching a file, the clipboard and
//! printing. Everything they return is plain data handed to the tested modules.

use crate::finance::Date;
use std::cell::{OnceCell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;

/// Today's date in the person's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date::UNIX_EPOCH)
}

/// The current URL's query, with its `?`.
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The current URL without its query and fragment.
pub fn location_base() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Replaces the URL's query without a navigation (the simulation stays shareable as it changes).
pub fn replace_query(query: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let history = window.history().map_err(js_text)?;
    let url = if query.is_empty() {
        location_base()
    } else {
        format!("{}?{query}", location_base())
    };
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .map_err(js_text)
}

/// Fetches a text file relative to the site; an HTTP error status is an error too.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    read_text(JsFuture::from(window.fetch_with_str(path))).await
}

/// Fetches several text files at once (all requests start before the first answer is awaited).
pub async fn fetch_texts(paths: &[&str]) -> Vec<Result<String, String>> {
    let Some(window) = web_sys::window() else {
        return paths.iter().map(|_| Err("no window".to_string())).collect();
    };
    let pending: Vec<JsFuture> = paths
        .iter()
        .map(|p| JsFuture::from(window.fetch_with_str(p)))
        .collect();
    let mut out = Vec::with_capacity(pending.len());
    for p in pending {
        out.push(read_text(p).await);
    }
    out
}

async fn read_text(fetching: JsFuture) -> Result<String, String> {
    let response = fetching.await.map_err(js_text)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_text)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_text)?)
        .await
        .map_err(js_text)?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// Copies `text` to the clipboard.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(js_text)
}

/// Opens the browser's print dialog.
pub fn print() -> Result<(), String> {
    web_sys::window()
        .ok_or("no window")?
        .print()
        .map_err(js_text)
}

/// A JavaScript error as text.
pub fn js_text(value: wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// 32 bytes from the browser's cryptographic random source (`crypto.getRandomValues`).
pub fn random_bytes() -> Result<[u8; 32], String> {
    let mut bytes = [0u8; 32];
    web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(js_text)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(js_text)?;
    Ok(bytes)
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Now, as RFC 3339 in UTC with milliseconds (`2026-11-23T10:00:00.000Z`).
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The page that linked here (`document.referrer`), or empty.
pub fn referrer() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.referrer())
        .unwrap_or_default()
}

/// `text` as a `data:` URL of JSON, for a download link.
pub fn json_data_url(text: &str) -> String {
    format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// The page this document shows: its path read against the site's `<base href>` (so the site works
/// under any path), with the query for old simulator links to `/`. Such a link is rewritten to
/// `simulator?…` in the address bar so the link to share is the new one.
pub fn route() -> crate::simulation::route::Route {
    use crate::simulation::route::Route;
    let Some(window) = web_sys::window() else {
        return Route::Home;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let base = base_path();
    let route = Route::parse(&path, &base, &query);
    if route == Route::Simulator
        && Route::parse(&path, &base, "") == Route::Home
        && let Ok(history) = window.history()
    {
        let url = format!("{base}{}{query}", route.href());
        if let Err(e) = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        {
            leptos::logging::warn!("the address could not be updated: {}", js_text(e));
        }
    }
    route
}

/// The path of the document's base URL (Trunk writes the public URL into `<base href>`), ending in
/// `/`.
pub fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_else(|| "/".into());
    match base.rfind('/') {
        Some(i) => base[..=i].to_string(),
        None => "/".into(),
    }
}

/// Runs `f` in a task right after the next frame has been produced: a frame callback posts a message
/// on a channel, and posted messages run in the order they were posted, once the frame is done. Work
/// that can wait for the frame (the charts and the schedule after a new result) then never runs
/// between that frame and a task queued before it — a `setTimeout` timer task could, and did,
/// overtake such tasks (docs/perf/changes.md). If no channel can be made, `f` runs after the frame in
/// a timer task instead.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        AFTER_PAINT.with(|slot| match slot.get_or_init(AfterPaint::new) {
            Ok(channel) => channel.post(Box::new(f)),
            Err(e) => {
                leptos::logging::warn!("no message channel ({e}); using a timer");
                leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
            }
        });
    });
}

thread_local! {
    static AFTER_PAINT: OnceCell<Result<AfterPaint, String>> = const { OnceCell::new() };
}

/// One message channel for [`after_next_paint`], kept for the page's life, and the work waiting on
/// its messages (one message per piece of work, answered first in, first out).
struct AfterPaint {
    sender: web_sys::MessagePort,
    waiting: Waiting,
    _receiver: (web_sys::MessagePort, Closure<dyn FnMut()>),
}

/// Work waiting for its message, oldest first.
type Waiting = Rc<RefCell<VecDeque<Box<dyn FnOnce()>>>>;

impl AfterPaint {
    fn new() -> Result<Self, String> {
        let channel = web_sys::MessageChannel::new().map_err(js_text)?;
        let waiting: Waiting = Rc::default();
        let queue = waiting.clone();
        let on_message = Closure::<dyn FnMut()>::new(move || {
            let next = queue.borrow_mut().pop_front();
            if let Some(work) = next {
                work();
            }
        });
        let receiver = channel.port1();
        receiver.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(Self {
            sender: channel.port2(),
            waiting,
            _receiver: (receiver, on_message),
        })
    }

    fn post(&self, work: Box<dyn FnOnce()>) {
        self.waiting.borrow_mut().push_back(work);
        if let Err(e) = self.sender.post_message(&wasm_bindgen::JsValue::NULL) {
            leptos::logging::warn!("after-paint message not sent ({}); running now", js_text(e));
            let unsent = self.waiting.borrow_mut().pop_back();
            if let Some(work) = unsent {
                work();
            }
        }
    }
}
