//! The output formats, written to any `Write`, and the quoting each shell needs. Nothing here
//! decides what to fetch or logs anything.

use std::io::{self, Write};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::cli::Format;
use crate::error::{Failure, usage};
use crate::token::TokenResponse;
use crate::token::Wanted;

/// Writes `token` in `format`. `wanted` picks the token for `token` and `header`;
/// `github_env` is the `$GITHUB_ENV` file, opened for appending, for `-o github`.
pub fn write(
    out: &mut impl Write,
    format: Format,
    token: &TokenResponse,
    wanted: Wanted,
    github_env: Option<&mut dyn Write>,
) -> io::Result<()> {
    let main = token.wanted(wanted).map_or("", |t| t.expose());
    match format {
        Format::Json => {
            let mut fields = token.fields.clone();
            // The access token's expiry, else (a delegated refresh token alone) the time by
            // which that must be redeemed.
            let expires = token.expiration.or(token.delegated_expiration);
            if let Some(at) = expires.and_then(rfc3339) {
                fields.entry("expires_at").or_insert(Value::String(at));
            }
            serde_json::to_writer_pretty(&mut *out, &fields)?;
            writeln!(out)
        }
        Format::Token => writeln!(out, "{main}"),
        Format::Header => writeln!(out, "Authorization: Bearer {main}"),
        Format::Export | Format::Dotenv | Format::Fish | Format::Powershell | Format::Gitlab => {
            let vars = variables(token);
            assignments(out, format, &vars)?;
            for name in unset_variables(&vars).chain(TERRAFORM_FIRST) {
                if let Some(line) = unsetting(format, name) {
                    writeln!(out, "{line}")?;
                }
            }
            Ok(())
        }
        Format::Github => {
            let env = github_env.ok_or_else(|| io::Error::other("$GITHUB_ENV is not open"))?;
            github(out, env, token)
        }
        Format::ExecCredential => {
            let credential = exec_credential(main, token.expiration);
            serde_json::to_writer_pretty(&mut *out, &credential)?;
            writeln!(out)
        }
    }
}

/// Whether `format` can print the `wanted` token: a header or an ExecCredential needs an access
/// token, which a delegated-refresh-token-only answer lacks; a cluster's credential (an IKS
/// id_token, an OpenShift token) is for kubectl, not an IAM token for variables or headers.
/// Checked before any request.
pub fn check_can_print(format: Format, wanted: Wanted) -> Result<(), Failure> {
    use clap::ValueEnum as _;
    let name = format
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_owned());
    let needs_access_token = matches!(format, Format::Header | Format::ExecCredential);
    if needs_access_token && wanted == Wanted::DelegatedRefreshToken {
        return Err(usage(format!("-o {name} needs an access token"))
            .hint("add --with-access-token, or use -o token for the delegated refresh token"));
    }
    let for_clusters = crate::cli::CLUSTER_FORMATS.contains(&format);
    if matches!(wanted, Wanted::IdToken | Wanted::ClusterToken) && !for_clusters {
        return Err(usage(format!(
            "-o {name} is for IAM tokens; a cluster's credential prints with -o exec-credential, \
             -o token or -o json"
        )));
    }
    Ok(())
}

/// GitHub Actions: `::add-mask::` for each secret on stdout, so the runner hides it in logs,
/// then the variables appended to `$GITHUB_ENV` in the multi-line-safe `NAME<<DELIMITER` form.
fn github(out: &mut impl Write, env: &mut dyn Write, token: &TokenResponse) -> io::Result<()> {
    let vars = variables(token);
    for (name, value) in &vars {
        if *name != "IBMCLOUD_IAM_TOKEN_EXPIRATION" {
            writeln!(out, "::add-mask::{value}")?;
        }
    }
    for (name, value) in &vars {
        let delimiter = loop {
            let candidate = format!("ghadelimiter_{:016x}", fastrand::u64(..));
            if !value.contains(&candidate) {
                break candidate;
            }
        };
        write!(env, "{name}<<{delimiter}\n{value}\n{delimiter}\n")?;
    }
    env.flush()
}

/// A `client.authentication.k8s.io/v1` `ExecCredential`, for kubectl-style credential plugins.
fn exec_credential(token: &str, expiration: Option<i64>) -> Value {
    let mut status = serde_json::json!({ "token": token });
    if let Some(at) = expiration.and_then(rfc3339) {
        status["expirationTimestamp"] = Value::String(at);
    }
    serde_json::json!({
        "kind": "ExecCredential",
        "apiVersion": "client.authentication.k8s.io/v1",
        "spec": { "interactive": false },
        "status": status,
    })
}

/// Every variable the shell formats and `exec` may set.
pub const VARIABLES: [&str; 4] = [
    "IBMCLOUD_IAM_TOKEN",
    "IBMCLOUD_IAM_TOKEN_EXPIRATION",
    "IBMCLOUD_IAM_REFRESH_TOKEN",
    "IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN",
];

/// The IBM Terraform provider's own names, which it reads before `IBMCLOUD_IAM_*`: the shell
/// formats unset them (as `exec` does when it has no pair to give), so that a stale pair left in
/// the shell does not win over the token just printed (docs/recipes.md, "Terraform").
pub const TERRAFORM_FIRST: [&str; 2] = ["IC_IAM_TOKEN", "IC_IAM_REFRESH_TOKEN"];

/// Those of `VARIABLES` that `vars` does not set: left from an earlier answer (perhaps of
/// another identity), they are unset. Never any other variable of the user's.
pub fn unset_variables<'a>(
    vars: &'a [(&'static str, String)],
) -> impl Iterator<Item = &'static str> + 'a {
    VARIABLES
        .into_iter()
        .filter(|name| !vars.iter().any(|(set, _)| set == name))
}

/// The variables the shell formats set, in this order; only those the answer gives a value.
pub fn variables(token: &TokenResponse) -> Vec<(&'static str, String)> {
    let secret =
        |name, s: &Option<crate::secret::Secret>| s.as_ref().map(|s| (name, s.expose().to_owned()));
    let [access, expiration, refresh, delegated] = VARIABLES;
    [
        secret(access, &token.access_token),
        token
            .access_token
            .as_ref()
            .and(token.expiration)
            .map(|at| (expiration, at.to_string())),
        secret(refresh, &token.refresh_token),
        secret(delegated, &token.delegated_refresh_token),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Whether `format` sets variables in a shell or a dotenv file (what `serve` prints in).
pub fn is_shell(format: Format) -> bool {
    matches!(
        format,
        Format::Export | Format::Fish | Format::Powershell | Format::Dotenv
    )
}

/// `vars` as lines that set them in `format`, a variable format (a shell format, `dotenv` or
/// `gitlab`).
pub fn assignments<N: AsRef<str>, V: AsRef<str>>(
    out: &mut impl Write,
    format: Format,
    vars: &[(N, V)],
) -> io::Result<()> {
    for (name, value) in vars {
        let (name, value) = (name.as_ref(), value.as_ref());
        let line = match format {
            Format::Fish => format!("set -gx {name} {};", fish(value)),
            Format::Powershell => format!("$Env:{name} = {}", powershell(value)),
            Format::Dotenv => format!("{name}={}", dotenv(value)),
            // GitLab's dotenv reports keep quotes as they are and allow no escapes; tokens need
            // none.
            Format::Gitlab => format!("{name}={value}"),
            // Each line ends in `;`, so that `eval $(iamtoken … -o export)` works unquoted (the
            // shell then joins the lines into one), as `ssh-agent -s`'s output does.
            _ => format!("export {name}={};", posix(value)),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The line that unsets `name` in a shell `format`, so that `eval "$(iamtoken ... -o export)"`
/// never leaves a stale refresh token beside a new token; `None` for formats that only set.
fn unsetting(format: Format, name: &str) -> Option<String> {
    match format {
        Format::Export => Some(format!("unset {name};")),
        Format::Fish => Some(format!("set -e {name};")),
        Format::Powershell => Some(format!(
            "Remove-Item Env:{name} -ErrorAction SilentlyContinue"
        )),
        _ => None,
    }
}

/// "expires in 41m" or "expired 3m ago", for `left` seconds of life (negative once expired):
/// minutes are precise enough for people, and the phrase stays put between calls.
pub fn expiry_phrase(left: i64) -> String {
    let span = span(left.unsigned_abs());
    if left > 0 {
        format!("expires in {span}")
    } else {
        format!("expired {span} ago")
    }
}

/// A span of time in the two largest units that matter, as people write it: `299d 23h`,
/// `1h 5m`, `41m`, `59s`.
pub fn span(seconds: u64) -> String {
    let (days, hours, minutes) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
    );
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{seconds}s"),
        (0, 0, m) => format!("{m}m"),
        (0, h, 0) => format!("{h}h"),
        (0, h, m) => format!("{h}h {m}m"),
        (d, 0, _) => format!("{d}d"),
        (d, h, _) => format!("{d}d {h}h"),
    }
}

/// A duration as it is typed on the command line (`14d`, `30m`, `90s`): the largest unit that
/// divides it, so that what is shown can be typed back.
pub fn duration(duration: Duration) -> String {
    let seconds = duration.as_secs();
    let unit = [(86_400, 'd'), (3600, 'h'), (60, 'm')]
        .into_iter()
        .find(|(per, _)| seconds > 0 && seconds.is_multiple_of(*per));
    match unit {
        Some((per, unit)) => format!("{}{unit}", seconds / per),
        None => format!("{seconds}s"),
    }
}

/// The last second RFC 3339 can write (9999-12-31T23:59:59Z); humantime panics beyond it.
const LAST_RFC3339_SECOND: i64 = 253_402_300_799;

/// Unix seconds as RFC 3339 UTC, or `None` when out of range.
pub fn rfc3339(unix: i64) -> Option<String> {
    if unix > LAST_RFC3339_SECOND {
        return None;
    }
    let at = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(u64::try_from(unix).ok()?))?;
    Some(humantime::format_rfc3339_seconds(at).to_string())
}

/// POSIX sh: inside single quotes every byte is literal except `'`, which closes the quote;
/// it is written as `'\''`.
pub fn posix(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// fish: inside single quotes only `\` and `'` need a backslash.
pub fn fish(value: &str) -> String {
    format!("'{}'", value.replace('\\', r"\\").replace('\'', r"\'"))
}

/// PowerShell: inside single quotes a quote is doubled, and PowerShell also treats the
/// typographic single quotes U+2018..U+201B as quote characters.
pub fn powershell(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('\'');
    for c in value.chars() {
        if matches!(c, '\'' | '\u{2018}'..='\u{201B}') {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
    quoted
}

/// .env files: bare when the value is plainly safe (tokens are), otherwise single-quoted, which
/// the common dotenv readers (docker compose, python-dotenv, node dotenv) take literally.
/// Single-quoted values cannot hold `'`, so those fall back to double quotes with escapes.
pub fn dotenv(value: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-._~+/=:,@".contains(c);
    if !value.is_empty() && value.chars().all(safe) {
        return value.to_owned();
    }
    // python-dotenv, the reader this format is checked against: inside single quotes it
    // decodes `\\` and `\'`, and it expands `${NAME}` in every value, with no escape for `$`.
    // `${:-$}` (an unnamed variable, so its default, `$`) is how a literal `${` survives, and
    // `${:-\\}` how a final backslash does (`\\'` at the end would read as an escaped quote).
    let (body, last) = match value.strip_suffix('\\') {
        Some(body) => (body, r"${:-\\}"),
        None => (value, ""),
    };
    let escaped = body
        .replace('\\', r"\\")
        .replace('\'', r"\'")
        .replace("${", "${:-$}{");
    format!("'{escaped}{last}'")
}

/// `text` with every control character (ESC, newline, DEL, C1 controls) and every bidirectional
/// override written as an escape such as `\u{1b}`, so that text from the network can neither
/// drive the terminal nor fake a line or a table row.
pub fn escape_controls(text: &str) -> String {
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || bidi(c) {
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Rows as left-aligned columns two spaces apart.
pub fn print_table<const N: usize>(
    out: &mut dyn Write,
    rows: &[[String; N]],
) -> std::io::Result<()> {
    // Cells may hold what came over the network (claims, an iam_id): never raw.
    let rows: Vec<[String; N]> = rows
        .iter()
        .map(|row| row.clone().map(|cell| escape_controls(&cell)))
        .collect();
    let mut widths = [0; N];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:width$}"))
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer `body`, received when its token had its whole hour ahead.
    fn response(body: &str, wanted: Wanted) -> TokenResponse {
        let json: Value = serde_json::from_str(body).unwrap();
        let received = json["expiration"].as_i64().map_or(0, |at| at - 3600);
        TokenResponse::parse(body.as_bytes(), wanted, received).unwrap()
    }

    fn render(format: Format, body: &str, wanted: Wanted) -> String {
        let mut out = Vec::new();
        write(&mut out, format, &response(body, wanted), wanted, None).unwrap();
        String::from_utf8(out).unwrap()
    }

    const FULL: &str = r#"{"access_token":"eyJ.a","refresh_token":"rt","expires_in":3600,"expiration":1751634000,"x":1}"#;

    #[test]
    fn json_keeps_fields_and_adds_expires_at() {
        let json: Value =
            serde_json::from_str(&render(Format::Json, FULL, Wanted::AccessToken)).unwrap();
        assert_eq!(json["x"], 1);
        assert_eq!(json["refresh_token"], "rt");
        assert_eq!(json["expires_at"], "2025-07-04T13:00:00Z");
    }

    #[test]
    fn token_and_header() {
        assert_eq!(render(Format::Token, FULL, Wanted::AccessToken), "eyJ.a\n");
        assert_eq!(
            render(Format::Header, FULL, Wanted::AccessToken),
            "Authorization: Bearer eyJ.a\n"
        );
        let drt = r#"{"delegated_refresh_token":"d"}"#;
        assert_eq!(
            render(Format::Token, drt, Wanted::DelegatedRefreshToken),
            "d\n"
        );
    }

    #[test]
    fn shell_lines() {
        let body = r#"{"access_token":"eyJ.a","refresh_token":"not_supported","delegated_refresh_token":"d","expiration":5}"#;
        assert_eq!(
            render(Format::Export, body, Wanted::AccessToken),
            "export IBMCLOUD_IAM_TOKEN='eyJ.a';\nexport IBMCLOUD_IAM_TOKEN_EXPIRATION='5';\n\
             export IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN='d';\nunset IBMCLOUD_IAM_REFRESH_TOKEN;\n\
             unset IC_IAM_TOKEN;\nunset IC_IAM_REFRESH_TOKEN;\n"
        );
        assert!(render(Format::Fish, body, Wanted::AccessToken).ends_with(
            "\nset -e IBMCLOUD_IAM_REFRESH_TOKEN;\nset -e IC_IAM_TOKEN;\n\
                 set -e IC_IAM_REFRESH_TOKEN;\n"
        ));
        assert!(
            render(Format::Powershell, body, Wanted::AccessToken).ends_with(
                "\nRemove-Item Env:IBMCLOUD_IAM_REFRESH_TOKEN -ErrorAction SilentlyContinue\n\
                 Remove-Item Env:IC_IAM_TOKEN -ErrorAction SilentlyContinue\n\
                 Remove-Item Env:IC_IAM_REFRESH_TOKEN -ErrorAction SilentlyContinue\n"
            )
        );
        assert_eq!(
            render(Format::Dotenv, FULL, Wanted::AccessToken),
            "IBMCLOUD_IAM_TOKEN=eyJ.a\nIBMCLOUD_IAM_TOKEN_EXPIRATION=1751634000\n\
             IBMCLOUD_IAM_REFRESH_TOKEN=rt\n"
        );
        assert_eq!(
            render(Format::Fish, FULL, Wanted::AccessToken)
                .lines()
                .next(),
            Some("set -gx IBMCLOUD_IAM_TOKEN 'eyJ.a';")
        );
        assert_eq!(
            render(Format::Powershell, FULL, Wanted::AccessToken)
                .lines()
                .next(),
            Some("$Env:IBMCLOUD_IAM_TOKEN = 'eyJ.a'")
        );
    }

    #[test]
    fn ci_formats() {
        let body = r#"{"access_token":"eyJ.a","refresh_token":"rt","expiration":1751634000}"#;
        assert_eq!(
            render(Format::Gitlab, body, Wanted::AccessToken),
            "IBMCLOUD_IAM_TOKEN=eyJ.a\nIBMCLOUD_IAM_TOKEN_EXPIRATION=1751634000\nIBMCLOUD_IAM_REFRESH_TOKEN=rt\n"
        );
        let credential: Value =
            serde_json::from_str(&render(Format::ExecCredential, body, Wanted::AccessToken))
                .unwrap();
        assert_eq!(credential["status"]["token"], "eyJ.a");
        assert_eq!(
            credential["status"]["expirationTimestamp"],
            "2025-07-04T13:00:00Z"
        );
        assert_eq!(credential["apiVersion"], "client.authentication.k8s.io/v1");
        let (mut out, mut env) = (Vec::new(), Vec::new());
        let token = response(body, Wanted::AccessToken);
        write(
            &mut out,
            Format::Github,
            &token,
            Wanted::AccessToken,
            Some(&mut env),
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::add-mask::eyJ.a\n::add-mask::rt\n"
        );
        let env = String::from_utf8(env).unwrap();
        let lines: Vec<&str> = env.lines().collect();
        assert_eq!(lines.len(), 9);
        assert!(lines[0].starts_with("IBMCLOUD_IAM_TOKEN<<ghadelimiter_"));
        assert_eq!(lines[1], "eyJ.a");
        assert_eq!(
            lines[2],
            lines[0].trim_start_matches("IBMCLOUD_IAM_TOKEN<<")
        );
    }

    #[test]
    fn expiry_phrases() {
        assert_eq!(expiry_phrase(2470), "expires in 41m");
        assert_eq!(expiry_phrase(3900), "expires in 1h 5m");
        assert_eq!(expiry_phrase(7200), "expires in 2h");
        assert_eq!(expiry_phrase(59), "expires in 59s");
        assert_eq!(expiry_phrase(-185), "expired 3m ago");
        assert_eq!(expiry_phrase(0), "expired 0s ago");
        assert_eq!(
            expiry_phrase(299 * 86_400 + 23 * 3600 + 59 * 60),
            "expires in 299d 23h"
        );
        assert_eq!(expiry_phrase(86_400 + 59), "expires in 1d");
        assert_eq!(expiry_phrase(-3 * 86_400), "expired 3d ago");
    }

    #[test]
    fn durations_show_as_they_are_typed() {
        let typed = |s| duration(Duration::from_secs(s));
        assert_eq!(typed(14 * 86_400), "14d");
        assert_eq!(typed(36 * 3600), "36h");
        assert_eq!(typed(1800), "30m");
        assert_eq!(typed(90), "90s");
        assert_eq!(typed(0), "0s");
        for s in [1, 59, 60, 3599, 3600, 86_399, 86_400, 1_209_600] {
            let back = crate::cli::parse_duration(&typed(s)).map(|d| d.as_secs());
            assert_eq!(back, Ok(s), "{s}");
        }
    }

    #[test]
    fn times_beyond_rfc3339_are_none_not_a_panic() {
        assert_eq!(rfc3339(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            rfc3339(LAST_RFC3339_SECOND).as_deref(),
            Some("9999-12-31T23:59:59Z")
        );
        assert_eq!(rfc3339(LAST_RFC3339_SECOND + 1), None);
        assert_eq!(rfc3339(i64::MAX), None);
        assert_eq!(rfc3339(-1), None);
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(
            escape_controls("a\x1b[31mb\nc\u{202e}d\u{7f}é"),
            "a\\u{1b}[31mb\\u{a}c\\u{202e}d\\u{7f}é"
        );
        let mut out = Vec::new();
        print_table(&mut out, &[["k".into(), "v\nsignature  verified".into()]]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "k  v\\u{a}signature  verified\n"
        );
    }

    #[test]
    fn quoting() {
        assert_eq!(posix("a'b"), r"'a'\''b'");
        assert_eq!(fish(r"a'b\c"), r"'a\'b\\c'");
        assert_eq!(powershell("a'b\u{2019}c"), "'a''b\u{2019}\u{2019}c'");
        assert_eq!(dotenv("eyJ.a-b_c"), "eyJ.a-b_c");
        assert_eq!(dotenv("a b$c"), "'a b$c'");
        assert_eq!(dotenv(r#"a'b"c\"#), r#"'a\'b"c${:-\\}'"#);
        assert_eq!(dotenv("x${HOME}"), "'x${:-$}{HOME}'");
    }

    // They drive Unix shells and Python: not on Windows.
    #[cfg(unix)]
    #[test]
    fn posix_quoting_survives_eval() {
        let nasty = "a'b\"c$(touch /tmp/x)`d`\\e ;|&\t*?~!{}[]é";
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("X={}; printf %s \"$X\"", posix(nasty)))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), nasty);
    }

    /// Evaluates `line` in `shell` and prints `$X`/`$Env:X` back.
    #[cfg(unix)]
    fn through(shell: &str, line: &str, print: &str) -> Option<String> {
        let out = std::process::Command::new(shell)
            .arg("-c")
            .arg(format!("{line}\n{print}"))
            .output()
            .ok()?;
        Some(String::from_utf8(out.stdout).unwrap())
    }

    /// What python-dotenv's `dotenv_values` reads from `lines` (IBM's Python SDKs and many
    /// apps load .env files with it), as a JSON object.
    #[cfg(unix)]
    fn through_python_dotenv(lines: &str) -> Value {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".env");
        std::fs::write(&path, lines).unwrap();
        let out = std::process::Command::new("python3")
            .args([
                "-c",
                "import dotenv, json, sys; print(json.dumps(dotenv.dotenv_values(sys.argv[1])))",
            ])
            .arg(&path)
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "python-dotenv (PyPI) is needed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    #[cfg(unix)]
    #[test]
    fn dotenv_values_come_back_unchanged_through_python_dotenv() {
        use std::fmt::Write as _;
        let values = [
            "plain",
            "a b",
            "x${HOME}y",
            "${:-x}",
            "$HOME and ${HOME:-d}",
            "trailing\\",
            "\\'",
            "it's \"quoted\" \\n",
            "# not a comment",
            "= and ' and \\\\ and ${",
            "é€ 𝄞",
            "",
        ];
        let mut lines = String::new();
        for (n, value) in values.iter().enumerate() {
            let _ = writeln!(lines, "V{n}={}", dotenv(value));
        }
        let read = through_python_dotenv(&lines);
        for (n, value) in values.iter().enumerate() {
            assert_eq!(read[format!("V{n}")], *value, "{}", dotenv(value));
        }
    }

    #[cfg(unix)]
    fn installed(shell: &str) -> bool {
        std::process::Command::new(shell)
            .arg("-c")
            .arg("exit 0")
            .output()
            .is_ok()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        #[cfg(unix)]
        #[test]
        fn any_printable_value_survives_python_dotenv(value in "[^\\p{C}]{0,40}") {
            let read = through_python_dotenv(&format!("V={}\n", dotenv(&value)));
            proptest::prop_assert_eq!(&read["V"], &Value::String(value));
        }

        #[cfg(unix)]
        #[test]
        fn any_value_survives_sh(value in "[^\u{0}]{0,40}") {
            let got = through("sh", &format!("export X={}", posix(&value)), "printf %s \"$X\"");
            proptest::prop_assert_eq!(got, Some(value));
        }

        #[cfg(unix)]
        #[test]
        fn any_value_survives_fish(value in "[^\u{0}]{0,40}") {
            // .ci/run installs fish (a Debian package).
            assert!(installed("fish"), "fish is needed (Debian package fish; .ci/run installs it)");
            let got = through("fish", &format!("set -gx X {};", fish(&value)), "printf %s \"$X\"");
            proptest::prop_assert_eq!(got, Some(value));
        }

        #[test]
        fn any_value_survives_powershells_quoting_rules(value in "[^\u{0}]{0,40}") {
            let quoted = powershell(&value);
            proptest::prop_assert_eq!(read_powershell_verbatim(&quoted), Some(value));
        }
    }

    /// A PowerShell verbatim (single-quoted) string literal read back by the language's own
    /// rules, which no PowerShell here can check (no registry has pwsh): the literal opens and
    /// closes with a single-quote character, which is any of ' U+2018 U+2019 U+201A U+201B,
    /// and inside it two single-quote characters in a row stand for one (PowerShell Language
    /// Specification 3.0, 2.3.5.2 "String literals", verbatim-string-literal; about_Quoting_Rules).
    /// `None` unless `text` is exactly one such literal.
    fn read_powershell_verbatim(text: &str) -> Option<String> {
        let is_quote = |c: char| matches!(c, '\'' | '\u{2018}'..='\u{201B}');
        let mut chars = text.chars().peekable();
        if !chars.next().is_some_and(is_quote) {
            return None;
        }
        let mut value = String::new();
        while let Some(c) = chars.next() {
            if !is_quote(c) {
                value.push(c);
            } else if chars.peek().copied().is_some_and(is_quote) {
                value.push(chars.next()?);
            } else {
                // The closing quote: nothing may follow it.
                return chars.next().is_none().then_some(value);
            }
        }
        None
    }

    #[test]
    fn powershell_literals_follow_the_quoting_rules() {
        for (value, quoted) in [
            ("plain", "'plain'"),
            ("it's", "'it''s'"),
            ("\u{2018}x\u{2019}", "'\u{2018}\u{2018}x\u{2019}\u{2019}'"),
            ("$Env:HOME `n", "'$Env:HOME `n'"),
            ("", "''"),
        ] {
            assert_eq!(powershell(value), quoted);
            assert_eq!(read_powershell_verbatim(quoted).as_deref(), Some(value));
        }
        // The reader is strict: an undoubled quote inside ends the literal early.
        assert_eq!(read_powershell_verbatim("'it's'"), None);
        assert_eq!(read_powershell_verbatim("'a\u{2019}b'"), None);
    }
}
