//! The problems chunk: what went wrong, worded, shown only when something has: the panel
//! that replaces the timeline when its data cannot be loaded (which of the network, the
//! server, the time limit, a redirect, the size or the file itself, every problem with its
//! line and column, a retry where retrying can help), and the list of a file's problems
//! when it cannot be opened (the timeline stays). Never in the first view's code.

use crate::first::load::{origin_of, LoadFailure, MAX_BYTES, STALL_SECONDS};
use crate::first::open::{OpenError, Opener};
use leptos::prelude::*;
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
            format!("Could not reach the timeline data ({url})."),
            format!("The browser reported: {message}. Check the connection and try again."),
            vec![],
        ),
        LoadFailure::Http { url, status, text } => (
            format!("Could not load the timeline data ({url})."),
            format!("The server answered {status} {text}. Check that the file exists."),
            vec![],
        ),
        LoadFailure::Timeout { url } => (
            format!("The timeline data ({url}) did not arrive."),
            format!(
                "Nothing came from the server for {STALL_SECONDS} seconds. Check the connection and try again."
            ),
            vec![],
        ),
        LoadFailure::Redirected { url, to } => (
            format!("The timeline data ({url}) was not loaded."),
            match to {
                Some(to) => format!(
                    "This site sent the request on to another site ({}); a dataset of this site must come from this site.",
                    origin_of(&to).unwrap_or(to)
                ),
                None => "This site sent the request on to another site; a dataset of this site must come from this site.".into(),
            },
            vec![],
        ),
        LoadFailure::TooLarge { url } => (
            format!("The timeline data ({url}) is too large."),
            format!(
                "It is over {} MB, the most this app reads. Split it into smaller timelines.",
                MAX_BYTES / (1024 * 1024)
            ),
            vec![],
        ),
        LoadFailure::Data { url, error } => match error {
            LoadError::Syntax { .. } => (
                format!("The timeline data ({url}) could not be read."),
                error.to_string(),
                vec![],
            ),
            LoadError::Invalid(ref problems) => (
                format!("The timeline data ({url}) has mistakes."),
                format!("{error}; nothing is shown until they are fixed:"),
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
                <p>{format!("…and {more} more.")}</p>
            </Show>
            {retry.map(|r| view! { <button class="retry" on:click=move |_| r.run(())>"Try again"</button> })}
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
            OpenError::TooLarge => (
                format!(
                    "It is over {} MB, the most this app reads.",
                    MAX_BYTES / (1024 * 1024)
                ),
                vec![],
            ),
            OpenError::Unreadable => ("The browser could not read it.".into(), vec![]),
            OpenError::NoReader => (
                "The part of the app that reads files did not arrive; check the connection.".into(),
                vec![],
            ),
            OpenError::Content(LoadError::Invalid(problems)) => (
                format!(
                    "It has {}; fix {} and open it again.",
                    timeline_core::words::problems(problems.len()),
                    if problems.len() == 1 { "it" } else { "them" }
                ),
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
                <h2 id="open-problems-title">{format!("“{}” could not be opened", f.name)}</h2>
                <p>{message} " The timeline you had stays open."</p>
                <ul class="problems">{problems}</ul>
                {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
                <button class="close-problems" on:click=move |_| opener.failure.set(None)>"Close"</button>
            </section>
        })
    }
}
