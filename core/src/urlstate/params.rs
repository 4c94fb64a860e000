//! The one table of link parameters, [`PARAMS`]: each key, what it means, an example
//! value, the syntax of its values, how a value is read into a view state and how the
//! state writes it back. `parse` reads the keys it lists (any other is an "unknown
//! parameter"), `format` writes them in its order, and the fuzz tests and
//! data/link-params.json take their keys from it. Never checks ids against the data
//! (`resolve` does) and never encodes a value (`query.rs` does).
//!
//! It stays one file over 400 lines on purpose: the table is the point (every key with its
//! meaning, syntax, reader and writer side by side, about 290 lines), and the rest is the
//! two types it is made of and the small readers its entries call, read with it.

use super::codec::{ActivityLink, Layout, Reading, Unmatched, ViewState};
use super::data::check_data_path;
use super::short;
use crate::activity::{self, Seed};
use crate::date::HistDate;
use crate::notices::Notices;
use crate::slug::is_slug;
use std::collections::BTreeSet;

/// Search text longer than this (characters) is ignored.
const MAX_TEXT: usize = 200;

/// What a parameter's values look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// One id (a slug, `crate::slug`).
    Id,
    /// Ids separated by commas; the parameter may also be repeated.
    Ids,
    /// Free text.
    Text,
    /// A date: YYYY, YYYY-MM or YYYY-MM-DD.
    Date,
    /// 1 or 0 (also on/off, true/false; empty is 1).
    Flag,
    /// One of the words listed.
    Choice(&'static [&'static str]),
    /// A whole number.
    Number,
    /// A dataset's address (`check_data_path`).
    Address,
    /// A language: 2 or 3 lowercase letters, and maybe a region of 2 capitals (`pt-BR`).
    Lang,
}

impl Syntax {
    /// Its name in data/link-params.json: "id", "ids", "text", "date", "flag", "choice",
    /// "number", "address", "lang".
    pub fn name(self) -> &'static str {
        match self {
            Syntax::Id => "id",
            Syntax::Ids => "ids",
            Syntax::Text => "text",
            Syntax::Date => "date",
            Syntax::Flag => "flag",
            Syntax::Choice(_) => "choice",
            Syntax::Number => "number",
            Syntax::Address => "address",
            Syntax::Lang => "lang",
        }
    }

    /// The words a choice allows (empty for the other kinds).
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Syntax::Choice(v) => v,
            _ => &[],
        }
    }
}

/// One link parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// What the link calls it: `event` in `?event=kirov-assassination`.
    pub key: &'static str,
    /// What it says about the view, in a sentence for people.
    pub means: &'static str,
    /// A value that reads without a notice (on its own, or with `from`/`to` for the
    /// other half of the window, with `activity` for `n` and `seed`).
    pub example: &'static str,
    pub syntax: Syntax,
    /// Reads one (trimmed, decoded) value; a bad one leaves a notice (and a bad flag
    /// reads as 0).
    pub(super) read: fn(&mut Reading, &str),
    /// The value the state writes (not yet encoded), or `None` to leave the key out (it
    /// holds the default).
    pub(super) write: fn(&ViewState) -> Option<String>,
}

/// Every link parameter, in the order `format` writes them.
pub const PARAMS: &[Param] = &[
    Param {
        key: "data",
        means: "where the dataset comes from: a .json or .csv file on this site (a relative path) or an https address",
        example: "class/ww1.json",
        syntax: Syntax::Address,
        read: |r, v| match check_data_path(v) {
            Ok(p) => r.state.data = Some(p),
            Err(why) => r.notices.push("parameters", why),
        },
        write: |s| s.data.clone(),
    },
    Param {
        key: "event",
        means: "the open event, by its id",
        example: "kirov-assassination",
        syntax: Syntax::Id,
        read: |r, v| {
            if let Some(id) = one_slug("event", v, &mut r.notices) {
                r.state.event = Some(id);
            }
        },
        write: |s| s.event.clone(),
    },
    Param {
        key: "tour",
        means: "a guided tour, by its id",
        example: "red-army-purge",
        syntax: Syntax::Id,
        read: |r, v| {
            if let Some(id) = one_slug("tour", v, &mut r.notices) {
                r.state.tour = Some(id);
            }
        },
        write: |s| s.tour.clone(),
    },
    Param {
        key: "step",
        means: "the step of the tour, from 1",
        example: "3",
        syntax: Syntax::Number,
        read: |r, v| match v.parse::<usize>() {
            Ok(n) if n >= 1 => r.state.step = Some(n),
            _ => r.notices.push(
                "parameters",
                crate::t!("link-bad-step", value = short(v)),
            ),
        },
        write: |s| s.step.map(|n| n.to_string()),
    },
    Param {
        key: "cat",
        means: "show the events of these categories (any of them), by id",
        example: "army,party",
        syntax: Syntax::Ids,
        read: |r, v| {
            let ids = slug_list("category", v, &mut r.notices);
            r.state.filter.categories.extend(ids)
        },
        write: |s| join(&s.filter.categories),
    },
    Param {
        key: "people",
        means: "show the events of these people (any of them), by id",
        example: "zinoviev",
        syntax: Syntax::Ids,
        read: |r, v| {
            let ids = slug_list("person", v, &mut r.notices);
            r.state.filter.people.extend(ids)
        },
        write: |s| join(&s.filter.people),
    },
    Param {
        key: "src",
        means: "show the events these source documents speak of (any of them), by id",
        example: "flashcards",
        syntax: Syntax::Ids,
        read: |r, v| {
            let ids = slug_list("source", v, &mut r.notices);
            r.state.filter.sources.extend(ids)
        },
        write: |s| join(&s.filter.sources),
    },
    Param {
        key: "q",
        means: "search text, up to 200 characters",
        example: "show trial",
        syntax: Syntax::Text,
        read: |r, v| {
            if v.chars().count() <= MAX_TEXT {
                r.state.filter.text = v.to_string();
            } else {
                r.notices.push(
                    "parameters",
                    crate::t!("link-long-search", n = MAX_TEXT),
                );
            }
        },
        write: |s| {
            let q = s.filter.text.trim();
            (!q.is_empty()).then(|| q.to_string())
        },
    },
    Param {
        key: "differ",
        means: "show only the events where the sources differ",
        example: "1",
        syntax: Syntax::Flag,
        read: |r, v| r.state.filter.differ = flag("differ", v, &mut r.notices),
        write: |s| s.filter.differ.then(|| "1".into()),
    },
    Param {
        key: "from",
        means: "the start of the visible window (with to)",
        example: "1934-06",
        syntax: Syntax::Date,
        read: |r, v| {
            if let Some(d) = date("from", v, r) {
                r.from = Some(d);
            }
        },
        write: |s| s.window.map(|(from, _)| from.to_iso()),
    },
    Param {
        key: "to",
        means: "the end of the visible window, inclusive (with from)",
        example: "1938-12",
        syntax: Syntax::Date,
        read: |r, v| {
            if let Some(d) = date("to", v, r) {
                r.to = Some(d);
            }
        },
        write: |s| s.window.map(|(_, to)| to.to_iso()),
    },
    Param {
        key: "view",
        means: "the events the filters leave out: dim (drawn faintly, the default) or hide",
        example: "hide",
        syntax: Syntax::Choice(&["dim", "hide"]),
        read: |r, v| match v {
            "dim" => r.state.unmatched = Unmatched::Dim,
            "hide" => r.state.unmatched = Unmatched::Hide,
            _ => r.notices.push(
                "parameters",
                crate::t!("link-bad-view", value = short(v)),
            ),
        },
        write: |s| (s.unmatched == Unmatched::Hide).then(|| "hide".into()),
    },
    Param {
        key: "mode",
        means: "timeline (the default) or projection, for a classroom projector",
        example: "projection",
        syntax: Syntax::Choice(&["timeline", "projection"]),
        read: |r, v| match v {
            "projection" => r.state.projection = true,
            "timeline" => r.state.projection = false,
            _ => r.notices.push(
                "parameters",
                crate::t!("link-bad-mode", value = short(v)),
            ),
        },
        write: |s| s.projection.then(|| "projection".into()),
    },
    Param {
        key: "reveal",
        means: "hide the events after the open one (projection's reveal)",
        example: "1",
        syntax: Syntax::Flag,
        read: |r, v| r.state.reveal = flag("reveal", v, &mut r.notices),
        write: |s| s.reveal.then(|| "1".into()),
    },
    Param {
        key: "list",
        means: "show the events as a list in time order",
        example: "1",
        syntax: Syntax::Flag,
        read: |r, v| {
            let on = flag("list", v, &mut r.notices);
            r.state.layout = r.state.layout.set(Layout::List, on);
        },
        write: |s| (s.layout == Layout::List).then(|| "1".into()),
    },
    Param {
        key: "compare",
        means: "show the table of events against source documents",
        example: "1",
        syntax: Syntax::Flag,
        read: |r, v| {
            let on = flag("compare", v, &mut r.notices);
            r.state.layout = r.state.layout.set(Layout::Compare, on);
        },
        write: |s| (s.layout == Layout::Compare).then(|| "1".into()),
    },
    Param {
        key: "activity",
        means: "a class activity: order (put the events in order), sources (who says so?) or corroborate (the open event's claims; needs event)",
        example: "order",
        syntax: Syntax::Choice(&["order", "sources", "corroborate"]),
        read: |r, v| match activity::Kind::parse(v) {
            Some(kind) => {
                r.state.layout = Layout::Activity(ActivityLink {
                    kind,
                    n: None,
                    seed: None,
                })
            }
            None => {
                r.bad_activity = true;
                r.notices.push(
                    "parameters",
                    crate::t!("link-bad-activity", value = short(v)),
                )
            }
        },
        write: |s| match s.layout {
            Layout::Activity(a) => Some(a.kind.id().into()),
            _ => None,
        },
    },
    Param {
        key: "n",
        means: "how many cards or questions the activity deals, 2 to 12 (6 when not given; with activity)",
        example: "8",
        syntax: Syntax::Number,
        read: |r, v| match activity::parse_n(v) {
            Some(n) => r.n = Some(n),
            None => r.notices.push(
                "parameters",
                crate::t!(
                    "link-bad-n",
                    value = short(v),
                    min = activity::MIN_N,
                    max = activity::MAX_N
                ),
            ),
        },
        write: |s| match s.layout {
            Layout::Activity(a) => a.n.map(|n| n.to_string()),
            _ => None,
        },
    },
    Param {
        key: "seed",
        means: "which set the activity deals: the same seed deals the same set (with activity)",
        example: "4021",
        syntax: Syntax::Number,
        read: |r, v| match Seed::parse(v) {
            Some(seed) => r.seed = Some(seed),
            None => r.notices.push(
                "parameters",
                crate::t!("link-bad-seed", value = short(v), max = u32::MAX.to_string()),
            ),
        },
        write: |s| match s.layout {
            Layout::Activity(a) => a.seed.map(|seed| seed.to_string()),
            _ => None,
        },
    },
    Param {
        key: "lang",
        means: "the interface language: a language code such as en, fr or pt-BR",
        example: "fr",
        syntax: Syntax::Lang,
        read: |r, v| {
            if is_lang(v) {
                r.state.lang = Some(v.to_string());
            } else {
                r.notices.push(
                    "parameters",
                    crate::t!("link-bad-lang", value = short(v)),
                )
            }
        },
        write: |s| s.lang.clone(),
    },
];

/// The parameter called `key`.
pub fn param(key: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.key == key)
}

fn join(set: &BTreeSet<String>) -> Option<String> {
    (!set.is_empty()).then(|| set.iter().map(String::as_str).collect::<Vec<_>>().join(","))
}

fn slug_list(key: &str, value: &str, notices: &mut Notices) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if is_slug(part) {
            out.insert(part.to_string());
        } else {
            notices.push(
                "invalid ids",
                crate::t!("link-bad-id", key = key, value = short(part)),
            );
        }
    }
    out
}

fn one_slug(kind: &str, value: &str, notices: &mut Notices) -> Option<String> {
    if is_slug(value) {
        Some(value.to_string())
    } else {
        notices.push(
            "invalid ids",
            crate::t!("link-bad-one-id", key = kind, value = short(value)),
        );
        None
    }
}

fn flag(key: &str, value: &str, notices: &mut Notices) -> bool {
    match value {
        "1" | "on" | "true" | "" => true,
        "0" | "off" | "false" => false,
        _ => {
            notices.push(
                "parameters",
                crate::t!("link-bad-flag", key = key, value = short(value)),
            );
            false
        }
    }
}

/// A language code as links write it: 2 or 3 lowercase letters ("en", "ast"), and maybe
/// "-" and a region of 2 capitals ("pt-BR"). Only the syntax: which languages the app
/// has is its own business.
pub fn is_lang(s: &str) -> bool {
    let (lang, region) = match s.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (s, None),
    };
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
}

/// A window's date, or `None` with a notice (and the window then says nothing more).
fn date(key: &str, value: &str, r: &mut Reading) -> Option<HistDate> {
    match HistDate::parse(value) {
        Ok(d) => Some(d),
        Err(_) => {
            r.bad_date = true;
            r.notices.push(
                "dates",
                crate::t!("link-bad-date", key = key, value = short(value)),
            );
            None
        }
    }
}
