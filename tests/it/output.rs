//! Every output format, from a real IAM-shaped answer.

use serde_json::{Value, json};

use crate::support::{ACCESS_TOKEN, EXPIRATION, Reply, StandIn, bin, expiring, iamtoken};

fn run(format: &str, grant: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let out = iamtoken(&home)
        .args(["--iam-url", &iam.url, "-o", format])
        .args(grant)
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

const APIKEY: &[&str] = &["apikey", "--apikey", "k"];
/// password with a client gets a usable refresh token from the stand-in.
const PASSWORD: &[&str] = &["password", "--username", "u", "--password", "p"];

#[test]
fn json_is_iams_object_plus_expires_at() {
    let mut json: Value = serde_json::from_str(&run("json", APIKEY)).unwrap();
    let fields = json.as_object_mut().unwrap();
    let expiration = fields.remove("expiration").unwrap().to_string();
    assert_eq!(expiring(EXPIRATION, &expiration), expiration);
    let expires_at = fields.remove("expires_at").unwrap();
    let at = humantime::parse_rfc3339(expires_at.as_str().unwrap()).unwrap();
    let at = at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert_eq!(at.to_string(), expiration);
    assert_eq!(
        json,
        json!({
            "access_token": ACCESS_TOKEN,
            "refresh_token": "not_supported",
            "ims_user_id": 1_234_567,
            "token_type": "Bearer",
            "expires_in": 3600,
            "scope": "ibm openid",
        })
    );
}

#[test]
fn json_is_the_default_and_keeps_iams_field_order() {
    let out = run("json", APIKEY);
    let default = {
        let home = tempfile::tempdir().unwrap();
        let iam = StandIn::iam();
        let out = iamtoken(&home)
            .args(["--iam-url", &iam.url])
            .args(APIKEY)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    // The same answer, up to the second each expiry was stated in.
    let timeless = |text: &str| {
        let mut json: Value = serde_json::from_str(text).unwrap();
        for field in ["expiration", "expires_at"] {
            json[field] = Value::Null;
        }
        json.to_string()
    };
    assert_eq!(timeless(&out), timeless(&default));
    let keys: Vec<usize> = ["access_token", "refresh_token", "expiration", "expires_at"]
        .iter()
        .map(|k| out.find(&format!("\"{k}\"")).unwrap())
        .collect();
    assert!(keys.is_sorted(), "{out}");
}

#[test]
fn token_and_header() {
    assert_eq!(run("token", APIKEY), format!("{ACCESS_TOKEN}\n"));
    assert_eq!(
        run("header", APIKEY),
        format!("Authorization: Bearer {ACCESS_TOKEN}\n")
    );
}

#[cfg(target_os = "linux")]
#[test]
fn export_survives_eval_in_sh() {
    let lines = run("export", PASSWORD);
    let expected = format!(
        "export IBMCLOUD_IAM_TOKEN='{ACCESS_TOKEN}';\nexport IBMCLOUD_IAM_TOKEN_EXPIRATION='{EXPIRATION}';\n\
         export IBMCLOUD_IAM_REFRESH_TOKEN='rt-usable-1';\nunset IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN;\n\
         unset IC_IAM_TOKEN;\nunset IC_IAM_REFRESH_TOKEN;\n"
    );
    assert_eq!(lines, expiring(&expected, &lines));
    let script = format!(
        "{lines}printf '%s|%s|%s' \"$IBMCLOUD_IAM_TOKEN\" \"$IBMCLOUD_IAM_TOKEN_EXPIRATION\" \"$IBMCLOUD_IAM_REFRESH_TOKEN\""
    );
    let out = crate::support::quick("sh")
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    let printed = String::from_utf8(out.stdout).unwrap();
    let expected = format!("{ACCESS_TOKEN}|{EXPIRATION}|rt-usable-1");
    assert_eq!(printed, expiring(&expected, &printed));
}

#[test]
fn export_leaves_out_an_unusable_refresh_token() {
    let lines = run("export", APIKEY);
    assert!(!lines.contains("export IBMCLOUD_IAM_REFRESH"), "{lines}");
    assert!(lines.ends_with(
        "\nunset IBMCLOUD_IAM_REFRESH_TOKEN;\nunset IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN;\n\
         unset IC_IAM_TOKEN;\nunset IC_IAM_REFRESH_TOKEN;\n"
    ));
    assert_eq!(lines.lines().count(), 6);
}

#[test]
fn export_of_a_delegated_refresh_token() {
    let drt = [
        "delegated",
        "--apikey",
        "k",
        "--receiver-client-ids",
        "kube",
    ];
    assert_eq!(
        run("export", &drt),
        "export IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN='drt-opaque-1';\nunset IBMCLOUD_IAM_TOKEN;\n\
         unset IBMCLOUD_IAM_TOKEN_EXPIRATION;\nunset IBMCLOUD_IAM_REFRESH_TOKEN;\n\
         unset IC_IAM_TOKEN;\nunset IC_IAM_REFRESH_TOKEN;\n"
    );
    let both = [
        "delegated",
        "--apikey",
        "k",
        "--receiver-client-ids",
        "kube",
        "--with-access-token",
    ];
    let lines = run("export", &both);
    assert!(lines.starts_with(&format!("export IBMCLOUD_IAM_TOKEN='{ACCESS_TOKEN}';\n")));
    assert!(lines.ends_with(
        "export IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN='drt-opaque-1';\n\
         unset IBMCLOUD_IAM_REFRESH_TOKEN;\nunset IC_IAM_TOKEN;\nunset IC_IAM_REFRESH_TOKEN;\n"
    ));
}

#[test]
fn dotenv_fish_and_powershell() {
    let same = |got: String, expected: String| assert_eq!(got, expiring(&expected, &got));
    same(
        run("dotenv", APIKEY),
        format!("IBMCLOUD_IAM_TOKEN={ACCESS_TOKEN}\nIBMCLOUD_IAM_TOKEN_EXPIRATION={EXPIRATION}\n"),
    );
    same(
        run("fish", APIKEY),
        format!(
            "set -gx IBMCLOUD_IAM_TOKEN '{ACCESS_TOKEN}';\nset -gx IBMCLOUD_IAM_TOKEN_EXPIRATION '{EXPIRATION}';\n\
             set -e IBMCLOUD_IAM_REFRESH_TOKEN;\nset -e IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN;\n\
             set -e IC_IAM_TOKEN;\nset -e IC_IAM_REFRESH_TOKEN;\n"
        ),
    );
    same(
        run("powershell", APIKEY),
        format!(
            "$Env:IBMCLOUD_IAM_TOKEN = '{ACCESS_TOKEN}'\n$Env:IBMCLOUD_IAM_TOKEN_EXPIRATION = '{EXPIRATION}'\n\
             Remove-Item Env:IBMCLOUD_IAM_REFRESH_TOKEN -ErrorAction SilentlyContinue\n\
             Remove-Item Env:IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN -ErrorAction SilentlyContinue\n\
             Remove-Item Env:IC_IAM_TOKEN -ErrorAction SilentlyContinue\n\
             Remove-Item Env:IC_IAM_REFRESH_TOKEN -ErrorAction SilentlyContinue\n"
        ),
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_is_not_an_error() {
    let big = format!(
        r#"{{"access_token":"{}","expiration":{}}}"#,
        "a".repeat(512 * 1024),
        crate::support::now() + 3600
    );
    let iam = StandIn::scripted(vec![Reply::Raw(200, "application/json", big.into_bytes())]);
    let home = tempfile::tempdir().unwrap();
    let script = format!(
        "'{}' --iam-url {} apikey --apikey k | head -c 1 >/dev/null",
        bin().display(),
        iam.url
    );
    let out = crate::support::bounded("bash", &home)
        .args(["-o", "pipefail", "-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// `eval $(iamtoken … -o export)` unquoted, as ssh-agent's output is used, in bash with a stale
/// Terraform pair in the environment: the token is set, and the stale pair is gone (the IBM
/// Terraform provider reads `IC_IAM_*` first). The fish format does the same in fish.
#[cfg(target_os = "linux")]
#[test]
fn unquoted_eval_sets_the_token_and_clears_a_stale_terraform_pair() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let run = format!(
        "{} --iam-url {} --no-cache apikey --apikey k",
        bin().display(),
        iam.url
    );
    for (shell, script) in [
        (
            "bash",
            format!(
                "eval $({run} -o export) && \
                 printf '%s|%s|%s' \"$IBMCLOUD_IAM_TOKEN\" \"${{IC_IAM_TOKEN-unset}}\" \
                 \"${{IC_IAM_REFRESH_TOKEN-unset}}\""
            ),
        ),
        (
            "fish",
            format!(
                "{run} -o fish | source; and printf '%s|%s|%s' \"$IBMCLOUD_IAM_TOKEN\" \
                 (set -q IC_IAM_TOKEN; and echo set; or echo unset) \
                 (set -q IC_IAM_REFRESH_TOKEN; and echo set; or echo unset)"
            ),
        ),
    ] {
        let out = crate::support::bounded(shell, &home)
            .env("IC_IAM_TOKEN", "stale-token")
            .env("IC_IAM_REFRESH_TOKEN", "stale-refresh")
            .args(["-c", &script])
            .output()
            .unwrap_or_else(|e| panic!("{shell} is needed (.ci/run installs fish): {e}"));
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("{ACCESS_TOKEN}|unset|unset"),
            "{shell}"
        );
    }
}

/// stdout on a full disk is said as such (a closed pipe stays quiet: `a_closed_stdout_is_not_an_error`).
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_stdout_is_said() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    for args in [
        &["--version"][..],
        &[
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            "k",
            "-o",
            "token",
        ],
        &["completions", "bash"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = crate::support::bounded(bin(), &home)
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "iamtoken: error: writing stdout failed: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}
