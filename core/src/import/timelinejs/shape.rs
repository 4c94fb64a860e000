//! The shapes a TimelineJS file comes in: where each shape keeps a slide's dates, texts,
//! media and group (version 3, or TimelineJS 1 and 2), and, for a file of none of them, a
//! message saying exactly what it holds instead.

use super::{date, legacy_date, str_of, Dated};
use crate::import::html::to_text;
use crate::model::RawMedia;
use crate::problem::LoadError;
use serde_json::Value;

/// The keys of one shape of slide.
pub(super) struct Shape {
    /// TimelineJS 1 and 2: `startDate` strings, `headline` and `text` on the slide,
    /// `asset`, `tag`, `era`.
    pub(super) legacy: bool,
}

impl Shape {
    pub(super) fn start(&self) -> &'static str {
        if self.legacy {
            "startDate"
        } else {
            "start_date"
        }
    }

    pub(super) fn end(&self) -> &'static str {
        if self.legacy {
            "endDate"
        } else {
            "end_date"
        }
    }

    /// Plain text of a slide's headline and text.
    pub(super) fn texts(&self, slide: &Value) -> (String, String) {
        let t = if self.legacy {
            Some(slide)
        } else {
            slide.get("text")
        };
        let get = |k| {
            t.and_then(|t| str_of(t, k))
                .map(to_text)
                .unwrap_or_default()
        };
        (get("headline"), get("text"))
    }

    /// The slide's date at `key`: `None` when absent.
    pub(super) fn date(&self, slide: &Value, key: &'static str) -> Option<Dated> {
        let v = slide.get(key).filter(|v| !v.is_null())?;
        if self.legacy {
            let s = match v {
                Value::String(s) if s.trim().is_empty() => return None,
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                other => other.to_string(),
            };
            return Some(legacy_date(&s).map_err(|e| ("", e)).and_then(|o| date(&o)));
        }
        Some(date(v))
    }

    pub(super) fn media(&self, slide: &Value) -> Option<RawMedia> {
        let m = slide.get(if self.legacy { "asset" } else { "media" })?;
        let text = |k: &str| str_of(m, k).map(to_text).filter(|s| !s.is_empty());
        Some(RawMedia {
            url: str_of(m, if self.legacy { "media" } else { "url" }).map(str::to_string),
            quote: None,
            caption: text("caption"),
            credit: text("credit"),
            alt: text("alt"),
            thumbnail: str_of(m, "thumbnail").map(str::to_string),
        })
    }

    pub(super) fn group(&self, slide: &Value) -> Option<String> {
        str_of(slide, if self.legacy { "tag" } else { "group" })
            .map(to_text)
            .filter(|g| !g.is_empty())
    }
}

/// What kind of JSON value `v` is, in words.
fn kind_of(v: &Value) -> String {
    let kind = match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    };
    crate::t!("json-kind", kind = kind)
}

/// The keys of an object, quoted, for messages: "\"name\", \"items\"".
fn keys_of(v: &Value) -> String {
    match v.as_object() {
        Some(o) if !o.is_empty() => o
            .keys()
            .take(8)
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(", "),
        Some(_) => crate::t!("json-no-keys"),
        None => kind_of(v),
    }
}

/// Says exactly what the file holds where a TimelineJS timeline was expected.
pub(super) fn shape_error(doc: &Value) -> LoadError {
    let found = match doc {
        Value::Object(o) => {
            let inner = o.get("timeline");
            let listed = ["events", "slides", "date"].iter().find_map(|k| {
                let v = inner.and_then(|t| t.get(*k)).or_else(|| o.get(*k))?;
                Some(crate::t!("json-not-list", key = *k, kind = kind_of(v)))
            });
            match (listed, inner) {
                (Some(l), _) => l,
                (None, Some(t @ Value::Object(_))) => {
                    crate::t!("json-timeline-no-list", keys = keys_of(t))
                }
                (None, Some(t)) => crate::t!("json-timeline-not-object", kind = kind_of(t)),
                (None, None) => crate::t!("json-no-events", keys = keys_of(doc)),
            }
        }
        other => crate::t!("json-top", kind = kind_of(other)),
    };
    LoadError::Syntax {
        line: 1,
        column: 1,
        message: crate::t!("json-expected-timelinejs", found = found),
    }
}
