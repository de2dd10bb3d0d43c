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
mod exec;
mod failures;
mod fuzz;
mod grants;
mod inspect;
mod invocations;
mod jwt;
mod kubernetes;
mod layers;
mod network;
mod output;
mod registry;
mod secret_commands;
mod secrets;
mod serve;
mod serve_limits;
mod support;
mod tls_and_proxy;
mod trust;
