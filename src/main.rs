//! Entry point of the web app: mounts [`cuota::ui::App`] on the page. Built to wasm by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The page's first paint is the loading line of index.html (so the first contentful paint does
    // not wait for the wasm); the app replaces it.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(cuota::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "cuota-web is the browser app: serve it with `make dev` (or build it with `trunk build`). \
         The native command is `cuota`."
    );
    std::process::exit(2);
}
