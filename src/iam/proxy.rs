//! Which proxy a request goes through, and where its address came from, so that a failure
//! names the proxy rather than IAM, and `-v` says which proxy is in use. The choice itself is
//! reqwest's; this asks the same rules (hyper-util's matcher: the `*_PROXY` variables and
//! `NO_PROXY`) without sending anything. A proxy is never shown with its `user:password@`.

use reqwest::Url;

use super::Options;

/// The proxy for one server.
pub struct Via {
    /// The proxy's URL without credentials.
    pub shown: String,
    /// `--proxy`, a context's line, or the variable it came from.
    pub from: String,
}

impl std::fmt::Display for Via {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the proxy {} (from {})", self.shown, self.from)
    }
}

/// The proxy a request to `url` goes through, if any (`NO_PROXY` applies).
pub fn for_url(opts: &Options, url: &Url) -> Option<Via> {
    let uri: http::Uri = url.as_str().parse().ok()?;
    let no_proxy = std::env::var("NO_PROXY")
        .or_else(|_| std::env::var("no_proxy"))
        .unwrap_or_default();
    let (matcher, from) = match &opts.proxy {
        Some(proxy) => (
            hyper_util::client::proxy::matcher::Matcher::builder()
                .all(proxy.to_string())
                .no(no_proxy)
                .build(),
            opts.proxy_from.clone(),
        ),
        None => (
            hyper_util::client::proxy::matcher::Matcher::from_env(),
            variable_for(url.scheme())?,
        ),
    };
    let intercept = matcher.intercept(&uri)?;
    Some(Via {
        shown: without_credentials(&intercept.uri().to_string()),
        from,
    })
}

/// The variable the environment's proxy for `scheme` comes from, in hyper-util's order.
fn variable_for(scheme: &str) -> Option<String> {
    let names: &[&str] = match scheme {
        "https" => &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"],
        _ => &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"],
    };
    names
        .iter()
        .find(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
        .map(|name| (*name).to_owned())
}

/// `url` without `user:password@`.
pub fn without_credentials(url: &str) -> String {
    match Url::parse(url) {
        Ok(mut parsed) => {
            let _ = parsed.set_username("");
            let _ = parsed.set_password(None);
            parsed.as_str().trim_end_matches('/').to_owned()
        }
        Err(_) => "(an unparsable proxy URL)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_never_shown() {
        assert_eq!(
            without_credentials("http://user:secret@proxy.example:3128/"),
            "http://proxy.example:3128"
        );
        assert_eq!(
            without_credentials("not a url"),
            "(an unparsable proxy URL)"
        );
    }

    #[test]
    fn the_flag_names_its_proxy() {
        let opts = Options {
            proxy: Some(Url::parse("http://u:p@proxy.example:3128").unwrap()),
            proxy_from: "--proxy".into(),
            ..Options::default()
        };
        let via = for_url(
            &opts,
            &Url::parse("https://iam.cloud.ibm.com/identity/token").unwrap(),
        );
        assert_eq!(
            via.unwrap().to_string(),
            "the proxy http://proxy.example:3128 (from --proxy)"
        );
    }
}
