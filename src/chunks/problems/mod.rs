//! The problems chunk: what went wrong, worded, shown only when something has: the panel
//! that replaces the timeline when its data cannot be loaded (which of the network, the
//! server, the time limit, a redirect, the size or the file itself, every problem with its
//! line and column, a retry where retrying can help), and the list of a file's problems
//! when it cannot be opened (the timeline stays). Never in the first view's code.

use crate::first::load::{origin_of, LoadFailure, MAX_BYTES, STALL_SECONDS};
use crate::first::open::{OpenError, Opener};
use leptos::prelude::*;
use timeline_core::t;
use timeline_core::LoadError;

/// The error panel shown instead of the timeline when data cannot be loaded.
#[component]
pub fn ErrorPanel(
    failure: LoadFailure,
    /// Tries again; offered where that can help.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let retry = retry.filter(|_| failure.retry_may_help());
    let (headline, detail, problems): (String, String, Vec<String>) = match failure {
        LoadFailure::Network { url, message } => (
            t!("failure-network", url = url.as_str()),
            t!("failure-network-detail", message = message.as_str()),
            vec![],
        ),
        LoadFailure::Http { url, status, text } => (
            t!("failure-http", url = url.as_str()),
            t!(
                "failure-http-detail",
                status = status.to_string(),
                text = text.as_str()
            ),
            vec![],
        ),
        LoadFailure::Timeout { url } => (
            t!("failure-timeout", url = url.as_str()),
            t!("failure-timeout-detail", n = STALL_SECONDS),
            vec![],
        ),
        LoadFailure::Redirected { url, to } => (
            t!("failure-redirected", url = url.as_str()),
            match to {
                Some(to) => t!("failure-redirected-to", host = origin_of(&to).unwrap_or(to)),
                None => t!("failure-redirected-detail"),
            },
            vec![],
        ),
        LoadFailure::TooLarge { url } => (
            t!("failure-too-large", url = url.as_str()),
            t!("failure-too-large-detail", n = MAX_BYTES / (1024 * 1024)),
            vec![],
        ),
        LoadFailure::Data { url, error } => match error {
            LoadError::Syntax { .. } => (
                t!("failure-unreadable", url = url.as_str()),
                error.to_string(),
                vec![],
            ),
            LoadError::Invalid(ref problems) => (
                t!("failure-invalid", url = url.as_str()),
                t!("failure-invalid-detail", error = error.to_string()),
                problems.iter().map(|p| p.to_string()).collect(),
            ),
        },
    };
    let shown = problems.len().min(30);
    let more = problems.len() - shown;
    view! {
        <section class="error-panel" role="alert">
            <h2>{headline}</h2>
            <p>{detail}</p>
            <Show when=move || shown != 0>
                <ul class="problems">
                    {problems[..shown].iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
            </Show>
            <Show when=move || more != 0>
                <p>{t!("problems-more", n = more)}</p>
            </Show>
            {retry.map(|r| view! { <button class="retry" on:click=move |_| r.run(())>{t!("try-again")}</button> })}
        </section>
    }
}

/// Why the last file could not be opened, with its problems; the timeline stays.
#[component]
pub fn OpenProblems(opener: Opener) -> impl IntoView {
    let panel = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if opener.failure.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(p) = panel.get_untracked() {
                    let _ = p.focus();
                }
            });
        }
    });
    move || {
        let f = opener.failure.get()?;
        let (message, problems): (String, Vec<String>) = match &f.error {
            OpenError::TooLarge => (t!("open-too-large", n = MAX_BYTES / (1024 * 1024)), vec![]),
            OpenError::Unreadable => (t!("open-unreadable"), vec![]),
            OpenError::NoReader => (t!("open-no-reader"), vec![]),
            OpenError::Content(LoadError::Invalid(problems)) => (
                t!("open-has-problems", n = problems.len()),
                problems.iter().map(|p| p.to_string()).collect(),
            ),
            OpenError::Content(e) => (e.to_string(), vec![]),
        };
        let shown = problems.len().min(50);
        let more = problems.len() - shown;
        let problems = problems[..shown]
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view();
        Some(view! {
            <section class="open-problems" role="alert" tabindex="-1" node_ref=panel aria-labelledby="open-problems-title">
                <h2 id="open-problems-title">{t!("open-failed", file = f.name.as_str())}</h2>
                <p>{message} " " {t!("open-stays")}</p>
                <ul class="problems">{problems}</ul>
                {(more > 0).then(|| view! { <p>{t!("problems-more", n = more)}</p> })}
                <button class="close-problems" on:click=move |_| opener.failure.set(None)>{t!("problems-close")}</button>
            </section>
        })
    }
}
