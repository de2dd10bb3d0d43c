//! This run's settings, resolved once from the parsed command line (`args`): the endpoint, the
//! network options, the cache, the output format, the minimum TTL and the `exec` command. Each
//! carries where its value came from. A setting that cannot be resolved holds its error, which
//! only the commands that need it raise, so a context the run refuses still lets `config list`
//! and `cache path` work. Nothing below this module reads `ArgMatches`.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::ArgMatches;

use crate::args::{self, Globals, Mode, Parsed};
use crate::cache::{Reuse, Store};
use crate::cli::{Format, Grant};
use crate::config::{Config, Context};
use crate::endpoint::{self, Choice, Endpoint};
use crate::error::{Failure, usage};
use crate::iam::Options;
use crate::origin::{Origin, Sourced};
use crate::session::{self, Sessions};

/// Reuse without `--min-ttl`: enough life left for a CI step or a few API calls; `serve` hands
/// a token out while this much (or half its lifetime) is left.
pub const DEFAULT_MIN_TTL: Duration = Duration::from_mins(5);

pub struct Settings {
    /// What the run does.
    pub mode: Mode,
    endpoint: Result<Endpoint, Failure>,
    /// What chose the run's endpoint (a flag, variable or context) rather than the default:
    /// the option and where its value came from.
    endpoint_chosen: Option<(&'static str, Origin)>,
    /// How to talk to IAM (and the metadata service).
    pub network: Options,
    /// Whether the token cache is used (`--no-cache`, `IAMTOKEN_NO_CACHE`, a context's
    /// `cache`).
    pub cache: Sourced<bool>,
    /// The cache directory: `$IAMTOKEN_CACHE_DIR`, else the platform cache dir.
    pub cache_dir: Option<Sourced<PathBuf>>,
    /// Where `login` keeps sessions: the platform's state dir (`$XDG_STATE_HOME/iamtoken`),
    /// else its local data dir.
    pub state_dir: Option<PathBuf>,
    pub output: Sourced<Format>,
    /// An explicit `--min-ttl` (a promise as well as a reuse rule).
    pub min_ttl: Option<Sourced<Duration>>,
    /// How much life a cached token must have left to be reused.
    pub reuse: Reuse,
    pub config: Config,
    /// The selected context, if any.
    pub context: Option<Context>,
    /// How long a secret command may run.
    pub secret_command_timeout: Duration,
    /// Whether a missing secret may be asked for on the terminal: not for an IBM SDK service,
    /// whose credentials come wholly from its own settings.
    pub may_prompt: bool,
    /// A global option typed where it means nothing (`cache clear --iam-url ...`): raised
    /// before the command runs. From a context or a variable, such options are ignored.
    pub misplaced: Option<Failure>,
    /// Where each option was given, asked only when an error must say so.
    given: std::sync::Arc<Given>,
}

/// What `Settings::given_at` reads: where the grant's options and the global options got
/// their values.
struct Given {
    grant: Vec<(String, Origin)>,
    global: Globals,
}

impl Settings {
    pub fn new(parsed: Parsed) -> Self {
        let Parsed {
            mode,
            global: g,
            matches,
            config,
            context,
            held,
            origins: grant_origins,
        } = parsed;
        let resolved = g.clone();
        let origins = Origins::new(&grant_origins, &resolved);
        let may_prompt = !context.as_ref().is_some_and(|c| c.from_sdk);
        let choice = choice_from(&g, &|id| origins.of(id));
        let output = output(&mode, g.output, origins.of("output"));
        let misplaced = misplaced(&mode, &matches, held.as_deref(), &origins, g.output);
        // check always asks IAM: a key disabled in the last hour must not look healthy.
        let cache = if matches!(mode, Mode::Check(..)) {
            Sourced::new(false, Origin::Default)
        } else {
            Sourced::new(!g.no_cache, origins.of("no_cache"))
        };
        Self {
            mode,
            endpoint: endpoint::resolve(&choice),
            endpoint_chosen: choice
                .chosen_by()
                .map(|(name, origin)| (name, origin.clone())),
            network: Options {
                timeout: g.timeout,
                verbose: g.verbose,
                retries: g.retries,
                proxy: g.proxy,
                proxy_from: match origins.of("proxy") {
                    Origin::File(at) => format!("a context, {at}"),
                    _ => "--proxy".into(),
                },
                cacert: g.cacert,
                insecure: g.insecure,
                built: std::sync::OnceLock::new(),
            },
            cache,
            cache_dir: cache_dir(),
            state_dir: crate::folders::state(),
            output,
            min_ttl: g
                .min_ttl
                .map(|ttl| Sourced::new(ttl, origins.of("min_ttl"))),
            reuse: Reuse::AtLeast(g.min_ttl.unwrap_or(DEFAULT_MIN_TTL)),
            config,
            context,
            may_prompt,
            misplaced,
            secret_command_timeout: g.secret_command_timeout,
            given: std::sync::Arc::new(Given {
                grant: grant_origins,
                global: resolved,
            }),
        }
    }

    /// Where the value of option `id` (`context`) came from.
    pub fn origin(&self, id: &str) -> Origin {
        Origins::new(&self.given.grant, &self.given.global).of(id)
    }

    /// Where option `flag` (`--apikey`) of this run got its value, for the errors about its
    /// secret's source.
    pub fn given_at(&self) -> impl Fn(&str) -> Origin + Send + Sync + 'static {
        let given = std::sync::Arc::clone(&self.given);
        move |flag| {
            let id = flag.trim_start_matches('-').replace('-', "_");
            Origins::new(&given.grant, &given.global).of(&id)
        }
    }

    /// Settings for a consumer that holds each token a long time and cannot be told "too
    /// short" (the registry helper, `serve`): a cached token is reused while `min_ttl` or half
    /// its lifetime is left, and a fresh token shorter than that is still handed over. Never
    /// prompts.
    pub fn lasting(mut self, min_ttl: Duration) -> Self {
        self.min_ttl = None;
        self.reuse = Reuse::Lasting(min_ttl);
        self.may_prompt = false;
        self
    }

    /// Whether a command that prints no token was asked for JSON (`-o json` typed); it prints
    /// text otherwise.
    pub fn json_asked(&self) -> bool {
        self.output.value == Format::Json && self.output.origin.is_given()
    }

    /// The IAM endpoint, or why this run's settings select none.
    pub fn endpoint(&self) -> Result<&Endpoint, Failure> {
        self.endpoint.as_ref().map_err(Clone::clone)
    }

    /// The endpoint session `name`, made at `made_at`, talks to: always that one, since its
    /// refresh token is good only there. A run that chose another endpoint sends nothing.
    pub fn session_endpoint(&self, name: &str, made_at: &str) -> Result<Endpoint, Failure> {
        let asked = match &self.endpoint_chosen {
            Some((option, origin)) => Some((self.endpoint()?, *option, origin)),
            None => None,
        };
        bound_endpoint(name, made_at, asked)
    }

    /// The folder of stored sessions, created when `create`; `Ok(None)` when it is not there
    /// (nobody has logged in).
    pub fn sessions(&self, create: bool) -> anyhow::Result<Option<Sessions>> {
        let state = self.state_dir.as_deref().ok_or_else(|| {
            usage("no state directory could be determined for sessions; set XDG_STATE_HOME")
        })?;
        Sessions::open(&session::folder(state), create, self.network.timeout)
    }

    /// The token cache, unless it is turned off or unusable (then with a warning on `log`).
    pub fn store(&self, log: &mut dyn Write) -> Option<Store> {
        if self.cache.value {
            self.open_store(log)
        } else {
            None
        }
    }

    /// The cache directory as a store, whether or not this run uses the cache.
    pub fn open_store(&self, log: &mut dyn Write) -> Option<Store> {
        Store::open(self.cache_dir.as_ref().map(|d| d.value.as_path()), log)
    }
}

/// What `config list` shows for a context: the endpoint a run with it would use, or the error
/// such a run would stop with. The same rule as a run's, from the context's values alone.
pub fn preview(context: &Context) -> Result<Endpoint, Failure> {
    endpoint::resolve(&choice_of(context)?)
}

/// The endpoint options of `g` as a choice, each with where it came from (`origin_of`).
fn choice_from(g: &Globals, origin_of: &dyn Fn(&str) -> Origin) -> Choice {
    let on = |set: bool, id: &str| set.then(|| origin_of(id));
    Choice {
        iam_url: g
            .iam_url
            .clone()
            .map(|url| Sourced::new(url, origin_of("iam_url"))),
        private: on(g.private, "private"),
        region: g
            .region
            .clone()
            .map(|region| Sourced::new(region, origin_of("region"))),
        test_env: on(g.test_env, "test_env"),
        insecure: on(g.insecure, "insecure"),
    }
}

/// An endpoint and the option that chose it (`None`: the default), or why there is none.
pub type RunEndpoint = Result<(Endpoint, Option<(&'static str, Origin)>), Failure>;

/// The endpoint a command that gets a token would use with `context` and the variables set,
/// nothing typed, for `status`, which holds no endpoint option of its own.
pub fn untyped_endpoint(context: Option<&Context>) -> RunEndpoint {
    let g = args::untyped(context).map_err(|e| {
        e.downcast::<Failure>()
            .unwrap_or_else(|e| usage(format!("{e:#}")))
    })?;
    let choice = choice_from(&g, &|id| g.origin(id));
    let chosen = choice.chosen_by().map(|(option, o)| (option, o.clone()));
    Ok((endpoint::resolve(&choice)?, chosen))
}

/// Session `name`'s endpoint (`made_at`), unless `asked` (the endpoint a run chose, the option
/// that chose it and where from) is another, where its refresh token is no good: a run and
/// `config list`'s preview refuse it alike.
pub fn bound_endpoint(
    name: &str,
    made_at: &str,
    asked: Option<(&Endpoint, &str, &Origin)>,
) -> Result<Endpoint, Failure> {
    let own =
        Endpoint::parse(made_at).map_err(|e| usage(format!("session {name}: its IAM URL: {e}")))?;
    let Some((asked, option, origin)) = asked else {
        return Ok(own);
    };
    if asked.url() == own.url() {
        return Ok(own);
    }
    Err(usage(format!(
        "session {name} belongs to IAM at {}; this run asks for {} ({option}, {origin}), \
         where its refresh token is no good",
        own.base(),
        asked.base()
    ))
    .hint(format!(
        "leave the endpoint unchosen for this session, or log in there under another name: \
         iamtoken login --name NAME --iam-url {}",
        asked.base()
    )))
}

/// What a context's values alone say about the endpoint.
pub fn choice_of(context: &Context) -> Result<Choice, Failure> {
    let get = |key: &str| {
        context
            .get(key)
            .map(|s| Sourced::new(s.value.clone(), Origin::File(context.at(s))))
    };
    let on = |key: &str| get(key).filter(|s| s.value == "true").map(|s| s.origin);
    let iam_url = match context.get("iam_url") {
        Some(s) => {
            let url = Endpoint::parse(&s.value).map_err(|e| {
                let at = context.at(s);
                usage(format!("{at}: context.{}.iam_url: {e}", context.name))
            })?;
            Some(Sourced::new(url, Origin::File(context.at(s))))
        }
        None => None,
    };
    Ok(Choice {
        iam_url,
        private: on("private"),
        region: get("region"),
        test_env: on("test_env"),
        insecure: on("insecure"),
    })
}

/// The first global option typed before a command that does not hold it, as a usage error (one
/// typed after it is clap's error); and `-o` typed for a command that prints no token: refused
/// by `exec`, and for the others any format but `json`.
fn misplaced(
    mode: &Mode,
    matches: &ArgMatches,
    held: Option<&[&str]>,
    origins: &Origins,
    format: Format,
) -> Option<Failure> {
    let typed_output = origins.of("output") == Origin::Flag;
    match mode {
        Mode::Exec(..) if typed_output => {
            return Some(
                usage("-o means nothing to iamtoken exec: it prints no token").hint(
                    "the command finds the token in IBMCLOUD_IAM_TOKEN; --sink-format sets the \
                     format of --sink's file",
                ),
            );
        }
        Mode::Check(..) if typed_output && format != Format::Json => {
            return Some(usage(
                "iamtoken check prints text, or JSON with -o json; no other format",
            ));
        }
        _ => {}
    }
    // The IBM Cloud CLI keeps its own endpoint and network settings: typed ones would be
    // silently ignored. (From a variable or a context they are ignored, as they apply to
    // other grants.)
    let runs_ibmcloud = matches!(
        mode,
        Mode::Grant(Grant::Ibmcloud(_))
            | Mode::Exec(Grant::Ibmcloud(_), _)
            | Mode::Check(Grant::Ibmcloud(_), _)
            | Mode::Serve(Grant::Ibmcloud(_), _)
    );
    if runs_ibmcloud {
        let cannot = [
            "iam_url", "test_env", "private", "region", "proxy", "cacert", "insecure",
        ];
        if let Some(id) = cannot.iter().find(|id| origins.of(id) == Origin::Flag) {
            return Some(
                usage(format!(
                    "--{} means nothing to ibmcloud: the IBM Cloud CLI uses its own IAM endpoint \
                     and network settings",
                    id.replace('_', "-")
                ))
                .hint("set them in the CLI (ibmcloud login -a ..., ibmcloud config), or use another grant"),
            );
        }
    }
    let held = held?;
    let name = args::command_path(matches).join(" ");
    let typed = crate::cli::GLOBAL_IDS
        .iter()
        .find(|id| origins.of(id) == Origin::Flag && !held.contains(id));
    if let Some(id) = typed {
        return Some(usage(format!(
            "--{} means nothing to iamtoken {name}",
            id.replace('_', "-")
        )));
    }
    if held.contains(&"output") && typed_output && format != Format::Json {
        return Some(usage(format!(
            "iamtoken {name} prints text, or JSON with -o json; no other format"
        )));
    }
    None
}

/// The output format. `IAMTOKEN_OUTPUT` and a context's `output` are the default format of a
/// token; commands that print no token take only a typed `-o`.
fn output(mode: &Mode, format: Format, origin: Origin) -> Sourced<Format> {
    if mode.prints_a_token() || origin == Origin::Flag {
        Sourced::new(format, origin)
    } else {
        Sourced::new(Format::default(), Origin::Default)
    }
}

/// `$IAMTOKEN_CACHE_DIR`, else the platform cache dir (`folders::cache`).
pub fn cache_dir() -> Option<Sourced<PathBuf>> {
    const VAR: &str = "IAMTOKEN_CACHE_DIR";
    match std::env::var_os(VAR) {
        Some(dir) if !dir.is_empty() => {
            Some(Sourced::new(PathBuf::from(dir), Origin::Env(VAR.into())))
        }
        _ => crate::folders::cache().map(|dir| Sourced::new(dir, Origin::Default)),
    }
}

/// Where each option's value came from, as the settings layer found it: a global option's, or
/// a grant's own.
struct Origins<'a> {
    grant: &'a [(String, Origin)],
    global: &'a Globals,
}

impl<'a> Origins<'a> {
    fn new(grant: &'a [(String, Origin)], global: &'a Globals) -> Self {
        Self { grant, global }
    }

    fn of(&self, id: &str) -> Origin {
        if crate::cli::is_global(id) {
            return self.global.origin(id);
        }
        self.grant
            .iter()
            .find(|(o, _)| o == id)
            .map_or(Origin::Default, |(_, origin)| origin.clone())
    }
}
