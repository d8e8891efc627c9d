//! The lead outbox in the browser: entries live in IndexedDB from before the first attempt until a
//! 2xx answer; one tab at a time delivers them (a Web Lock); delivery resumes on load, on the
//! `online` event and when the earliest retry falls due. What to do after each attempt is decided
//! by [`crate::leads::outbox`], natively tested; this module only moves data between it and the
//! browser (`outbox.js`).

use crate::leads::outbox::{Entry, Status, Step, after_attempt, next_wake};
use crate::leads::retry::Outcome;
use crate::ui::browser::{js_text, now_ms};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise, spawn_local};

#[wasm_bindgen(module = "/src/ui/outbox.js")]
extern "C" {
    #[wasm_bindgen(js_name = outboxPut)]
    fn outbox_put(id: &str, json: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = outboxAll)]
    fn outbox_all() -> js_sys::Promise;
    #[wasm_bindgen(js_name = outboxRemove)]
    fn outbox_remove(id: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = withOutboxLock)]
    fn with_outbox_lock(work: &js_sys::Function) -> js_sys::Promise;
    #[wasm_bindgen(js_name = sendOnce)]
    fn send_once(
        method: &str,
        url: &str,
        headers: &js_sys::Array,
        body: &str,
        timeout_ms: u32,
        opaque: bool,
    ) -> js_sys::Promise;
}

/// What the page knows of each lead it submitted, by lead id: shown to the person as an honest
/// status (sent, queued, failed).
#[derive(Clone, Copy)]
pub struct OutboxContext(pub RwSignal<BTreeMap<String, Status>>);

impl OutboxContext {
    /// Provides the context and starts delivering: now, on `online`, and when retries fall due.
    pub fn provide() -> Self {
        let ctx = OutboxContext(RwSignal::new(BTreeMap::new()));
        provide_context(ctx);
        let _ = window_event_listener(leptos::ev::online, move |_| ctx.deliver());
        ctx.deliver();
        ctx
    }

    /// The context provided by the app.
    pub fn get() -> Self {
        expect_context::<OutboxContext>()
    }

    /// Stores `entry` durably, then starts delivering. Resolves once the entry is stored: after that
    /// the lead survives a reload or a closed tab.
    pub async fn submit(self, entry: Entry) -> Result<(), String> {
        let json = serde_json::to_string(&entry).map_err(|e| e.to_string())?;
        JsFuture::from(outbox_put(&entry.id, &json))
            .await
            .map_err(js_text)?;
        self.0.update(|m| {
            m.insert(entry.id.clone(), entry.status());
        });
        self.deliver();
        Ok(())
    }

    /// Delivers every entry that is due, holding the outbox lock; when another tab holds it, after
    /// that tab (see `withOutboxLock`). Re-arms a timer for the earliest retry.
    pub fn deliver(self) {
        spawn_local(async move {
            // Kept until the lock's promise settles: `withOutboxLock` may run it then, or not at all
            // when a delivery of this tab is already queued.
            let work = Closure::once(move || {
                future_to_promise(async move {
                    drain(self).await.map_err(|e| JsValue::from_str(&e))?;
                    Ok(JsValue::UNDEFINED)
                })
            });
            let run: &js_sys::Function = work.as_ref().unchecked_ref();
            if let Err(e) = JsFuture::from(with_outbox_lock(run)).await {
                leptos::logging::warn!("lead outbox: {}", js_text(e));
            }
            drop(work);
        });
    }
}

async fn stored() -> Result<Vec<Entry>, String> {
    let all = JsFuture::from(outbox_all()).await.map_err(js_text)?;
    let mut entries = Vec::new();
    for text in js_sys::Array::from(&all).iter() {
        let text = text.as_string().ok_or("an outbox entry is not text")?;
        entries.push(serde_json::from_str::<Entry>(&text).map_err(|e| e.to_string())?);
    }
    Ok(entries)
}

/// Delivers what is due, round after round, until nothing stored is due (a lead submitted while a
/// round runs is taken by the next round), then arms a timer for the earliest retry.
async fn drain(ctx: OutboxContext) -> Result<(), String> {
    loop {
        let entries = stored().await?;
        ctx.0.update(|m| {
            for e in &entries {
                m.insert(e.id.clone(), e.status());
            }
        });
        let now = now_ms();
        let due: Vec<&Entry> = entries.iter().filter(|e| e.is_due(now)).collect();
        if due.is_empty() {
            if let Some(wait) = next_wake(&entries, now) {
                set_timeout(move || ctx.deliver(), Duration::from_millis(wait));
            }
            return Ok(());
        }
        for entry in due {
            deliver_one(ctx, entry).await?;
        }
    }
}

/// One attempt for `entry`, and what follows from it: removed when delivered, stored again with
/// its next attempt or its failure otherwise.
async fn deliver_one(ctx: OutboxContext, entry: &Entry) -> Result<(), String> {
    let outcome = attempt(entry).await;
    let status = match after_attempt(entry, &outcome, now_ms(), js_sys::Math::random()) {
        Step::Delivered => {
            JsFuture::from(outbox_remove(&entry.id))
                .await
                .map_err(js_text)?;
            Status::Sent
        }
        Step::Keep(next) => {
            let json = serde_json::to_string(&next).map_err(|e| e.to_string())?;
            JsFuture::from(outbox_put(&next.id, &json))
                .await
                .map_err(js_text)?;
            next.status()
        }
    };
    ctx.0.update(|m| {
        m.insert(entry.id.clone(), status);
    });
    Ok(())
}

async fn attempt(entry: &Entry) -> Outcome {
    let r = &entry.request;
    let headers = js_sys::Array::new();
    for (name, value) in &r.headers {
        headers.push(&js_sys::Array::of2(&name.into(), &value.into()));
    }
    let promise = send_once(&r.method, &r.url, &headers, &r.body, r.timeout_ms, r.opaque);
    match JsFuture::from(promise).await {
        Ok(v) => read_outcome(&v),
        Err(e) => Outcome::Network(js_text(e)),
    }
}

/// Reads what `sendOnce` resolved to; anything unexpected is a network error (retried).
fn read_outcome(v: &JsValue) -> Outcome {
    let get =
        |k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    match get("kind").as_string().as_deref() {
        Some("response") => match get("status").as_f64() {
            Some(s) if (100.0..=599.0).contains(&s) => Outcome::Answered {
                status: s as u16,
                retry_after: get("retryAfter").as_string(),
            },
            _ => Outcome::Network("no HTTP status".into()),
        },
        Some("opaque") => Outcome::Opaque,
        Some("timeout") => Outcome::Timeout,
        _ => Outcome::Network(get("message").as_string().unwrap_or_default()),
    }
}
