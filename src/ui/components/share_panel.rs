use crate::i18n::{Msg, format_date_long, text};
use crate::simulation::share::qr_svg;
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The link to this simulation with a copy button, its QR code for a visitor's phone, and printing
/// (the print stylesheet turns the page into a simulation sheet with the date and the QR code).
#[component]
pub fn SharePanel() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let copy_status = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let link = state.link.get_untracked();
        spawn_local(async move {
            let status = match browser::copy_to_clipboard(&link).await {
                Ok(()) => Msg::Copied,
                Err(_) => Msg::CopyFailed,
            };
            copy_status.set(Some(status));
        });
    };
    let print = move |_| {
        state.printing.set(true);
        request_animation_frame(move || {
            if browser::print().is_err() {
                state.printing.set(false);
            }
        });
    };
    let qr = move || {
        let link = state.link.get();
        qr_svg(&link).ok().map(|q| {
            view! {
                <svg class="qr" role="img" viewBox=format!("0 0 {0} {0}", q.size) data-testid="qr"
                    aria-label=move || text(locale.get(), &Msg::QrAlt)>
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d=q.path fill="#000" shape-rendering="crispEdges" />
                </svg>
            }
        })
    };
    view! {
        <section class="panel share" aria-labelledby="share-title">
            <h2 id="share-title">{tr(locale, Msg::ShareTitle)}</h2>
            <div class="share-body">
                <div class="share-link">
                    <label for="share-link">{tr(locale, Msg::ShareLinkLabel)}</label>
                    <input id="share-link" type="url" readonly prop:value=move || state.link.get() />
                    <div class="share-actions">
                        <button type="button" class="button" on:click=copy>{tr(locale, Msg::CopyLink)}</button>
                        <button type="button" class="button button-secondary" on:click=print>{tr(locale, Msg::Print)}</button>
                    </div>
                    <p class="copy-status" role="status">{move || copy_status.get().map(|m| text(locale.get(), &m))}</p>
                </div>
                {qr}
            </div>
            <p class="print-only printed-on">
                {move || text(locale.get(), &Msg::PrintedOn(format_date_long(state.today, locale.get())))}
            </p>
        </section>
    }
}
