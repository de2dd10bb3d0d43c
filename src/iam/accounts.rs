//! The accounts a user can use (docs/iam.md, "Accounts"): `GET {accounts}/coe/v2/accounts` with
//! the user's access token, page by page (`next_url`, a path on the same server), as the IBM
//! Cloud CLI lists them at `ibmcloud login`. And the choice of one by ID or by name.

use std::io::Write;

use anyhow::Result;
use reqwest::Url;
use reqwest::header::AUTHORIZATION;
use serde_json::Value;

use super::answer::classify_other;
use super::redact::Redactor;
use super::{Options, Outcome, client, get, named_server, retrying};
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure, usage};
use crate::secret::Secret;

/// The production and test servers (`IAMTOKEN_ACCOUNTS_URL` overrides them).
const PRODUCTION: &str = "https://accounts.cloud.ibm.com";
const TEST: &str = "https://accounts.test.cloud.ibm.com";

/// The variable that names another accounts server (a stand-in), under `--iam-url`'s rule.
pub const ACCOUNTS_URL: &str = "IAMTOKEN_ACCOUNTS_URL";

/// More pages than any user's accounts fill: a server that keeps sending `next_url` is cut off.
const MAX_PAGES: usize = 100;

/// One account, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub state: String,
}

impl Account {
    /// `ID  name  (state)`, as errors list accounts.
    pub fn line(&self) -> String {
        format!(
            "{}  {}  ({})",
            self.id,
            crate::output::escape_controls(&self.name),
            crate::output::escape_controls(&self.state)
        )
    }
}

/// The accounts server for a session of the IAM at `iam`: `IAMTOKEN_ACCOUNTS_URL` (https, or
/// http on a loopback host), else the test server for the test IAM, else production.
pub fn server_for(iam: &Endpoint) -> Result<Url, Failure> {
    if let Some(raw) = std::env::var(ACCOUNTS_URL).ok().filter(|v| !v.is_empty()) {
        // The same rule as --iam-url's: a bearer token goes there.
        Endpoint::parse(&raw).map_err(|e| usage(format!("{ACCOUNTS_URL}: {e}")))?;
        return Url::parse(raw.trim().trim_end_matches('/'))
            .map_err(|e| usage(format!("{ACCOUNTS_URL}: not a URL: {e}")));
    }
    let host = iam.url().host_str().unwrap_or_default();
    let base = if host == "iam.test.cloud.ibm.com" || host.ends_with(".iam.test.cloud.ibm.com") {
        TEST
    } else {
        PRODUCTION
    };
    Url::parse(base).map_err(|e| usage(e.to_string()))
}

/// Every account the holder of `token` can use, from the accounts server `server`.
pub fn list(
    server: &Url,
    token: &Secret,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<Vec<Account>> {
    // The client follows the server's scheme and host as it does IAM's (a loopback route for a
    // plain-http stand-in).
    let as_endpoint = Endpoint::parse(server.as_str()).map_err(usage)?;
    let client = client(opts, &as_endpoint)?;
    let name = named_server("the accounts server", opts, &as_endpoint, log);
    let redactor = Redactor::new(vec![token.expose().to_owned()]);
    let bearer = format!("Bearer {}", token.expose());
    let mut accounts = Vec::new();
    let mut next = Some("/coe/v2/accounts".to_owned());
    for _ in 0..MAX_PAGES {
        let Some(path) = next.take() else {
            return Ok(accounts);
        };
        let url = page_url(server, &path)?;
        let body = retrying(opts, log, |_, log| {
            let reply = get(&client, &url, &name, opts, log, |r| {
                r.header(AUTHORIZATION, &bearer)
            })?;
            let answer = reply.answer();
            classify_other(&answer, "the accounts server", &redactor)
                .map_err(|f| Outcome::from_answer(f, &answer))?;
            Ok(reply.body.bytes)
        })?;
        let (page, more) = page(&body).ok_or_else(|| {
            Failure::new(
                Exit::BadResponse,
                "the accounts server's answer is not a list of accounts",
            )
        })?;
        accounts.extend(page);
        next = more;
    }
    Err(Failure::new(
        Exit::BadResponse,
        format!("the accounts server sent more than {MAX_PAGES} pages"),
    )
    .into())
}

/// `path` (a `next_url`) on `server`: a path, never another server.
fn page_url(server: &Url, path: &str) -> Result<Url, Failure> {
    if !path.starts_with('/') || path.starts_with("//") {
        return Err(Failure::new(
            Exit::BadResponse,
            "the accounts server's next_url is not a path on it",
        ));
    }
    server.join(path).map_err(|_| {
        Failure::new(
            Exit::BadResponse,
            "the accounts server's next_url is no URL",
        )
    })
}

/// The accounts of one page (`resources[].metadata.guid`, `.entity.name`, `.entity.state`) and
/// the path of the next, if any.
pub(crate) fn page(body: &[u8]) -> Option<(Vec<Account>, Option<String>)> {
    let json: Value = serde_json::from_slice(body).ok()?;
    let accounts = json
        .get("resources")?
        .as_array()?
        .iter()
        .filter_map(|r| {
            Some(Account {
                id: r.pointer("/metadata/guid")?.as_str()?.to_owned(),
                name: r
                    .pointer("/entity/name")?
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                state: r
                    .pointer("/entity/state")
                    .and_then(Value::as_str)
                    .unwrap_or("unknown")
                    .to_owned(),
            })
        })
        .collect();
    let next = json
        .get("next_url")
        .and_then(Value::as_str)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    Some((accounts, next))
}

/// Whether `value` is an account ID (32 hexadecimal characters), used as one without a lookup.
pub fn is_account_id(value: &str) -> bool {
    value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The account `wanted` names, by ID or by name, among `accounts` (whatever their state). A
/// name that matches none, or several, is exit 2 listing the candidates.
pub fn choose<'a>(wanted: &str, accounts: &'a [Account]) -> Result<&'a Account, Failure> {
    let matching: Vec<&Account> = accounts
        .iter()
        .filter(|a| a.id == wanted || a.name == wanted)
        .collect();
    let listing = |list: &[&Account]| {
        list.iter().fold(String::new(), |mut all, a| {
            all.push_str("\n  ");
            all.push_str(&a.line());
            all
        })
    };
    match matching.as_slice() {
        [one] => Ok(one),
        [] => {
            let all: Vec<&Account> = accounts.iter().collect();
            let shown = crate::output::escape_controls(wanted);
            Err(usage(format!(
                "no account is named '{shown}'; the accounts are:{}",
                listing(&all)
            ))
            .hint("give --account one of these IDs or names"))
        }
        several => Err(usage(format!(
            "{} accounts are named '{}':{}",
            several.len(),
            crate::output::escape_controls(wanted),
            listing(several)
        ))
        .hint("give --account the ID of the one you mean")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(id: &str, name: &str) -> Account {
        Account {
            id: id.into(),
            name: name.into(),
            state: "ACTIVE".into(),
        }
    }

    #[test]
    fn a_page_and_its_next() {
        let body = br#"{"next_url":"/coe/v2/accounts?next_docid=x","resources":[
            {"metadata":{"guid":"a1"},"entity":{"name":"Prod","state":"ACTIVE"}},
            {"metadata":{"guid":"a2"},"entity":{"name":"Old","state":"SUSPENDED"}},
            {"metadata":{},"entity":{"name":"no id"}}]}"#;
        let (accounts, next) = page(body).unwrap();
        assert_eq!(accounts.len(), 2);
        assert_eq!(accounts[1].state, "SUSPENDED");
        assert_eq!(next.as_deref(), Some("/coe/v2/accounts?next_docid=x"));
        assert!(page(b"[]").is_none());
        let server = Url::parse("https://accounts.cloud.ibm.com").unwrap();
        assert!(page_url(&server, "https://evil.example/coe").is_err());
        assert!(page_url(&server, "//evil.example/coe").is_err());
        assert_eq!(
            page_url(&server, "/coe/v2/accounts?x=1").unwrap().as_str(),
            "https://accounts.cloud.ibm.com/coe/v2/accounts?x=1"
        );
    }

    #[test]
    fn an_account_is_chosen_by_id_or_by_one_name() {
        let accounts = [
            account("a1", "Prod"),
            account("a2", "Dev"),
            account("a3", "Dev"),
        ];
        assert_eq!(choose("Prod", &accounts).unwrap().id, "a1");
        assert_eq!(choose("a3", &accounts).unwrap().id, "a3");
        let none = choose("Stage", &accounts).unwrap_err().to_string();
        assert!(
            none.contains("a1  Prod  (ACTIVE)") && none.contains("a3  Dev"),
            "{none}"
        );
        let two = choose("Dev", &accounts).unwrap_err().to_string();
        assert!(two.contains("2 accounts") && !two.contains("Prod"), "{two}");
        assert!(is_account_id("0123456789abcdef0123456789ABCDEF"));
        assert!(!is_account_id("Prod") && !is_account_id("0123456789abcdef0123456789abcdeg"));
    }
}
