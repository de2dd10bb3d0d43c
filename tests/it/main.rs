//! Integration tests: the real binary against a stand-in IAM server on 127.0.0.1.

// A failed unwrap is a failed test; case tables are long and nested by nature.
#![allow(
    clippy::unwrap_used,
    clippy::too_many_lines,
    clippy::type_complexity,
    reason = "test code"
)]
// The tests that drive Linux programs (bash-completion, fish, man, script, GNU time, unshare,
// kubectl, GNOME Keyring, skopeo, the IBM SDKs from PyPI) are Linux-only; the helpers that only
// they use are unused elsewhere. The Linux build's lints see every helper.
#![cfg_attr(not(target_os = "linux"), allow(dead_code, unused_imports))]

mod cache;
mod check;
mod ci;
mod cli;
#[cfg(target_os = "linux")]
mod completions;
mod compute;
mod config;
mod docs;
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
#[cfg(target_os = "linux")]
mod login;
mod network;
mod output;
#[cfg(target_os = "linux")]
mod registry;
#[cfg(target_os = "linux")]
mod secret_commands;
mod secrets;
#[cfg(target_os = "linux")]
mod serve;
#[cfg(target_os = "linux")]
mod serve_limits;
mod support;
mod tls_and_proxy;
#[cfg(target_os = "linux")]
mod trust;
