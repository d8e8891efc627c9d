use leptos::prelude::*;

/// A labelled text field for a number typed in the person's locale, with its error message beside it.
/// The text is kept exactly as typed; validation happens in [`crate::simulation`].
#[component]
pub fn NumberField(
    /// DOM id of the input; the error message gets `{id}-error`.
    id: &'static str,
    /// The visible label.
    label: impl Fn() -> String + Send + Sync + 'static,
    /// The typed text (read for display, written on every input event).
    value: RwSignal<String>,
    /// The message to show when the value is not acceptable.
    error: Signal<Option<String>>,
    /// `inputmode` hint for on-screen keyboards: "decimal" or "numeric".
    inputmode: &'static str,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            <input
                id=id
                name=id
                type="text"
                inputmode=inputmode
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=error_id.clone()
            />
            <p class="field-error" id=error_id>
                {move || error.get()}
            </p>
        </div>
    }
}
