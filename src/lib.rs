//! iamtoken as a library: every module of the tool, so that each binary (`src/main.rs`, and any
//! other) is a thin main over it and the integration tests can use its definitions. The layer
//! order of these modules, and the rule that no import runs back up it, is in
//! docs/architecture.md.

pub mod accounts;
#[cfg(windows)]
mod acl;
pub mod args;
pub mod cache;
pub mod cache_command;
pub mod check;
pub mod child;
pub mod cli;
pub mod completions;
pub mod config;
pub mod config_command;
pub mod config_write;
pub mod dumps;
pub mod endpoint;
pub mod error;
pub mod exec;
mod folders;
pub mod fuzz;
pub mod grant;
pub mod iam;
pub mod ibmcloud;
pub mod inspect;
pub mod jwt;
pub mod login;
pub mod obtain;
pub mod origin;
pub mod output;
pub mod ownership;
pub mod registry;
pub mod sdk_config;
pub mod secret;
pub mod secret_command;
pub mod serve;
pub mod session;
pub mod settings;
pub mod small_file;
pub mod status;
pub mod token;
