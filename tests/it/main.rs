//! Integration tests: the real binary against a stand-in IAM server on 127.0.0.1.

// A failed unwrap is a failed test; case tables are long and nested by nature.
#![allow(
    clippy::unwrap_used,
    clippy::too_many_lines,
    clippy::type_complexity,
    reason = "test code"
)]

mod cache;
mod check;
mod ci;
mod cli;
mod completions;
mod compute;
mod config;
#[cfg(unix)]
mod exec;
mod failures;
mod fuzz;
mod grants;
mod inspect;
mod invocations;
mod jwt;
mod kubernetes;
mod layers;
#[cfg(unix)]
mod login;
mod network;
mod output;
#[cfg(unix)]
mod registry;
#[cfg(unix)]
mod secret_commands;
mod secrets;
#[cfg(unix)]
mod serve;
#[cfg(unix)]
mod serve_limits;
mod support;
mod tls_and_proxy;
#[cfg(unix)]
mod trust;
