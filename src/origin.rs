//! Where a setting's value came from: a flag, an environment variable, a line of a file (a
//! context), or the built-in default. Ranked, since a flag beats a variable, which beats a
//! file, which beats the default. Knows nothing of which settings exist.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Default,
    /// A context: `FILE:LINE`, or a description such as "the environment" for --sdk-service.
    File(String),
    /// The environment variable of that name.
    Env(String),
    Flag,
}

impl Origin {
    /// Higher wins: flag 3, variable 2, file 1, default 0.
    pub fn rank(&self) -> u8 {
        match self {
            Self::Default => 0,
            Self::File(_) => 1,
            Self::Env(_) => 2,
            Self::Flag => 3,
        }
    }

    /// Typed by the user now, on the command line or in the environment.
    pub fn is_given(&self) -> bool {
        matches!(self, Self::Flag | Self::Env(_))
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Default => f.write_str("default"),
            Self::File(at) => write!(f, "context ({at})"),
            Self::Env(name) => write!(f, "environment ({name})"),
            Self::Flag => f.write_str("command line"),
        }
    }
}

/// A value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub origin: Origin,
}

impl<T> Sourced<T> {
    pub fn new(value: T, origin: Origin) -> Self {
        Self { value, origin }
    }
}
