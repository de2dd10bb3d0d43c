//! `iamtoken accounts`: the accounts a session's user can use, by ID, name and state, and the
//! one the session is scoped to; listed with a token of the session (docs/iam.md, "Accounts").

use std::io::Write;

use anyhow::Result;
use serde_json::json;

use crate::obtain;
use crate::settings::Settings;

pub fn run(
    settings: &Settings,
    name: &str,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<()> {
    let (session, endpoint) = obtain::session_at(settings, name)?;
    let accounts = obtain::accounts_of(settings, (name, &endpoint), stderr)?;
    let current = |id: &str| session.account.as_deref() == Some(id);
    if settings.json_asked() {
        let list: Vec<_> = accounts
            .iter()
            .map(|a| json!({"id": a.id, "name": a.name, "state": a.state, "current": current(&a.id)}))
            .collect();
        writeln!(stdout, "{}", serde_json::to_string_pretty(&list)?)?;
        return Ok(());
    }
    let header = ["", "ID", "NAME", "STATE"].map(str::to_owned);
    let rows: Vec<[String; 4]> = std::iter::once(header)
        .chain(accounts.iter().map(|a| {
            let mark = if current(&a.id) { "*" } else { "" };
            [
                mark.to_owned(),
                a.id.clone(),
                a.name.clone(),
                a.state.clone(),
            ]
        }))
        .collect();
    // The names come from the accounts server: print_table escapes them.
    crate::output::print_table(stdout, &rows)?;
    Ok(())
}
