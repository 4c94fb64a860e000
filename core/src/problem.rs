//! What can be wrong with a dataset, in words an author can act on: a [`Problem`] names
//! the thing concerned, its path in the file and (once located in the text) its line and
//! column; a [`LoadError`] is either unreadable JSON or a list of problems.

use crate::jsonpos::JsonPath;
use std::fmt;

/// One thing wrong with a dataset, located well enough for an author to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What it concerns, in words: `event "kirov-assassination"`, `category "army"`.
    pub place: String,
    /// Where in the file: `events[3].citations[0].says`.
    pub path: JsonPath,
    /// Line and column (1-based) in the text, where known.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    /// The problem without its line and column: "event \"a\" (events[0].start): …".
    pub fn what(&self) -> String {
        if self.path.0.is_empty() {
            format!("{}: {}", self.place, self.message)
        } else {
            format!("{} ({}): {}", self.place, self.path, self.message)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.at {
            f.write_str(&crate::t!("problem-at", line = line, column = column))?;
        }
        f.write_str(&self.what())
    }
}

/// Why a dataset could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The text is not JSON of the expected shape.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON is well-formed but its content is inconsistent.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax {
                line,
                column,
                message,
            } => f.write_str(&crate::t!(
                "problem-syntax",
                line = line,
                column = column,
                message = message.as_str()
            )),
            LoadError::Invalid(problems) => {
                f.write_str(&crate::t!("problem-count", n = problems.len()))
            }
        }
    }
}
