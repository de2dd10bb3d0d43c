//! `iamtoken serve` under attack by another local user: a flood of connections at a small fd
//! limit, pipelined junk, a huge header, a renewal that IAM is slow to answer, a hangup; and
//! `serve --detach`, which a script can trust to say whether the service started.

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::serve::{KEY, Served, identity_token, request};
use crate::support::{ACCESS_TOKEN, Reply, StandIn, bin, finish, iamtoken, isolated, wait_until};

/// The uid and gid an attacker runs as: not ours.
const NOBODY: &str = "65534";

/// `program ARGS…` as user nobody (a program of the system's: root's own tool folders are
/// closed to nobody).
fn as_nobody(home: &tempfile::TempDir, program: &str) -> std::process::Command {
    let mut command = isolated("setpriv", home);
    command.args([
        &format!("--reuid={NOBODY}"),
        &format!("--regid={NOBODY}"),
        "--clear-groups",
        program,
    ]);
    command
}

/// `request` sent to `host`, answered 200 within `limit` (the read times out past it, and the
/// test fails); the whole answer.
fn ok_within(host: &str, request: &str, limit: Duration) -> String {
    let mut stream = TcpStream::connect(host).unwrap();
    stream.set_read_timeout(Some(limit)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .unwrap_or_else(|e| panic!("not answered within {limit:?}: {e}"));
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    answer
}

/// A request for an instance identity token, answered within `limit`.
fn answered_within(served: &Served, limit: Duration) -> String {
    let host = served.host();
    let path = format!("{}/instance_identity/v1/token", served.prefix());
    let headers = [("Host", host.as_str()), ("Metadata-Flavor", "ibm")];
    ok_within(&host, &request("PUT", &path, &headers, ""), limit)
}

/// The port of `host:port`.
fn port(host: &str) -> &str {
    host.rsplit(':').next().unwrap()
}

#[test]
fn a_flood_of_connections_from_another_user_neither_stops_the_service_nor_frees_its_port() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    // A small fd table that the flood would exhaust, were connections not capped.
    let served = Served::start_under(
        &home,
        &iam,
        &["prlimit", "--nofile=256:256", "--"],
        &[],
        &["apikey", "--apikey", KEY],
    );
    let host = served.host();
    let flood = "import socket, sys\n\
                 held = []\n\
                 for _ in range(600):\n\
                 \x20   s = socket.socket()\n\
                 \x20   s.settimeout(5)\n\
                 \x20   try:\n\
                 \x20       s.connect(('127.0.0.1', int(sys.argv[1])))\n\
                 \x20       held.append(s)\n\
                 \x20   except OSError:\n\
                 \x20       s.close()\n\
                 print(len(held), flush=True)\n\
                 sys.stdin.readline()\n";
    let mut flooder = as_nobody(&home, "/usr/bin/python3")
        .args(["-c", flood, port(&host)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut held = String::new();
    let mut out = flooder.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
        held.push(char::from(byte[0]));
    }
    assert!(
        held.trim().parse::<u32>().unwrap() > 0,
        "the flood connected: {held}"
    );
    // While the flood holds its connections, the attacker cannot take the port over.
    let bind = "import socket, sys\n\
                s = socket.socket()\n\
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n\
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)\n\
                s.bind(('127.0.0.1', int(sys.argv[1])))\n\
                s.listen()\n";
    let took = crate::support::bounded("setpriv", &home)
        .args([
            &format!("--reuid={NOBODY}"),
            &format!("--regid={NOBODY}"),
            "--clear-groups",
            "/usr/bin/python3",
        ])
        .args(["-c", bind, port(&host)])
        .output()
        .unwrap();
    assert!(
        !took.status.success(),
        "another user bound the service's port"
    );
    assert!(
        String::from_utf8_lossy(&took.stderr).contains("Address already in use"),
        "{}",
        String::from_utf8_lossy(&took.stderr)
    );
    // Released: the service answers, and still holds its port.
    flooder.stdin.take().unwrap().write_all(b"\n").unwrap();
    finish(&mut flooder, Duration::from_secs(30));
    answered_within(&served, Duration::from_secs(5));
    let listening = crate::support::quick("ss")
        .args(["-Hltnp", &format!("sport = :{}", port(&host))])
        .output()
        .unwrap();
    let listening = String::from_utf8_lossy(&listening.stdout);
    assert!(
        listening.contains(&format!("pid={}", served.child.id())),
        "{listening}"
    );
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
}

#[test]
fn pipelined_junk_holds_up_no_one() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &["-v"]);
    let junk = format!(
        "GET {}/instance_identity/v1/token HTTP/1.1\r\nHost: attacker.example\r\n\r\n",
        served.prefix()
    )
    .repeat(20);
    // Five connections that send twenty requests each and never read an answer.
    let pipelined: Vec<TcpStream> = (0..5)
        .map(|_| {
            let mut stream = TcpStream::connect(served.host()).unwrap();
            stream.write_all(junk.as_bytes()).unwrap();
            stream
        })
        .collect();
    answered_within(&served, Duration::from_secs(1));
    // Pipelined requests are answered in order on their connection.
    let mut first = pipelined.into_iter().next().unwrap();
    first
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut answers = Vec::new();
    let mut buf = [0u8; 4096];
    while answers.windows(12).filter(|w| w == b"HTTP/1.1 403").count() < 20 {
        let n = first.read(&mut buf).unwrap();
        assert!(n > 0, "closed early: {}", String::from_utf8_lossy(&answers));
        answers.extend_from_slice(&buf[..n]);
    }
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
}

#[test]
fn a_huge_header_is_refused_without_growing_the_service() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &[]);
    let mut stream = TcpStream::connect(served.host()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let head = format!(
        "GET {}/instance_identity/v1/token HTTP/1.1\r\nHost: {}\r\nX-Big: ",
        served.prefix(),
        served.host()
    );
    // The service may close the connection before all of it is sent.
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&vec![b'a'; 1024 * 1024]);
    let _ = stream.write_all(b"\r\n\r\n");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    let status = std::fs::read_to_string(format!("/proc/{}/status", served.child.id())).unwrap();
    let peak_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    assert!(peak_kib < 32 * 1024, "peak RSS {peak_kib} KiB");
    answered_within(&served, Duration::from_secs(5));
    let (code, _) = served.stop();
    assert_eq!(code, Some(0));
}

#[test]
fn no_request_waits_for_a_slow_renewal() {
    let home = tempfile::tempdir().unwrap();
    // 12-second tokens, renewed after 5 s; IAM takes 3 s to answer the renewal.
    let iam = StandIn::scripted(vec![
        Reply::fresh(12),
        Reply::Token {
            expires_in: 12,
            left: 12,
            delay: Duration::from_secs(3),
        },
    ]);
    let served = Served::start(&home, &iam, &["-v"]);
    let host = served.host();
    let token_path = format!("{}/instance_identity/v1/iam_token", served.prefix());
    let ask = || {
        let bearer = format!("Bearer {}", identity_token(&served, ""));
        let headers = [("Host", host.as_str()), ("Authorization", bearer.as_str())];
        // A request that waited on the renewal would time out.
        let answer = ok_within(
            &host,
            &request("POST", &token_path, &headers, ""),
            Duration::from_secs(1),
        );
        assert!(answer.contains(ACCESS_TOKEN), "{answer}");
    };
    // Every 200 ms until the renewal has begun, then through it and past its end.
    let mut renewal_began = None;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        ask();
        if renewal_began.is_none() && iam.received().len() >= 2 {
            renewal_began = Some(Instant::now());
        }
        if renewal_began.is_some_and(|at| at.elapsed() > Duration::from_secs(4)) {
            break;
        }
        assert!(Instant::now() < deadline, "the renewal never began");
        std::thread::sleep(Duration::from_millis(200));
    }
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
    assert!(!said.contains("warning"), "{said}");
}

#[test]
fn a_hangup_ends_serve_and_removes_the_sink() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let sink = home.path().join("token");
    let sink_arg = sink.display().to_string();
    let mut served = Served::start(&home, &iam, &["--sink", &sink_arg]);
    assert!(sink.exists());
    let pid = rustix::process::Pid::from_raw(i32::try_from(served.child.id()).unwrap()).unwrap();
    rustix::process::kill_process(pid, rustix::process::Signal::HUP).unwrap();
    let status = finish(&mut served.child, Duration::from_secs(10));
    assert_eq!(status.code(), Some(0));
    assert!(!sink.exists(), "a live token left on disk");
}

/// Destroys the listening socket on `port` from outside, as the kernel's socket-destroy
/// interface does (`ss -K`, root): `accept` then fails with EINVAL, a broken listener.
fn destroy_listener(port: &str) {
    let out = crate::support::quick("ss")
        .args([
            "-K",
            "-t",
            "state",
            "listening",
            "sport",
            "=",
            &format!(":{port}"),
        ])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && listed.contains(&format!(":{port}")),
        "ss -K found no listener on {port}: {listed} {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn serve_exits_1_with_one_line_when_serving_becomes_impossible() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let sink = home.path().join("token");
    let sink_arg = sink.display().to_string();
    let mut served = Served::start(&home, &iam, &["--sink", &sink_arg]);
    destroy_listener(port(&served.host()));
    let status = finish(&mut served.child, Duration::from_secs(10));
    let mut said = String::new();
    served
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();
    assert_eq!(status.code(), Some(1), "{said}");
    // After the line that said it was serving, one line says why it stopped.
    let after: Vec<&str> = said
        .lines()
        .filter(|l| !l.starts_with("iamtoken: serving "))
        .collect();
    assert_eq!(after.len(), 1, "{said}");
    assert!(
        after[0].starts_with("iamtoken: error: the token service cannot accept connections"),
        "{said}"
    );
    assert!(!sink.exists(), "a live token left on disk");
}

#[test]
fn exec_serve_stops_its_command_when_serving_becomes_impossible() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    // The command says where the service is, then waits to be stopped, and records SIGTERM.
    let script = "trap 'echo TERM > stopped; exit 143' TERM; \
                  echo \"$IBMCLOUD_CR_VPC_URL\" > url.tmp && mv url.tmp url; \
                  while :; do sleep 0.1; done";
    let mut child = isolated(bin(), &home)
        .args([
            "--iam-url",
            &iam.url,
            "exec",
            "--serve",
            "apikey",
            "--apikey",
            KEY,
        ])
        .args(["--", "sh", "-c", script])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let url_file = home.path().join("url");
    wait_until(Duration::from_secs(10), "the command to start", || {
        url_file.exists()
    });
    let url = std::fs::read_to_string(&url_file).unwrap();
    let host = url
        .trim()
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    destroy_listener(port(&host));
    let status = finish(&mut child, Duration::from_secs(10));
    let mut said = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();
    assert_eq!(status.code(), Some(1), "{said}");
    assert!(
        said.contains("iamtoken: error: the token service cannot accept connections"),
        "{said}"
    );
    let stopped = std::fs::read_to_string(home.path().join("stopped")).unwrap_or_default();
    assert_eq!(stopped, "TERM\n", "the command was not sent SIGTERM");
}

#[test]
fn serve_detach_prints_the_environment_once_ready_and_runs_on_alone() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let log = home.path().join("serve.log");
    let script = format!(
        "eval \"$({bin} -v --iam-url {iam} serve --detach --log {log} apikey --apikey {KEY})\" && \
         echo \"$IAMTOKEN_SERVE_PID\" && {bin} --no-cache vpc -o token",
        bin = bin().display(),
        iam = iam.url,
        log = log.display(),
    );
    let out = assert_cmd::Command::from_std(isolated("sh", &home))
        .args(["-c", &script])
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let (pid, token) = stdout.split_once('\n').unwrap();
    assert_eq!(token, format!("{ACCESS_TOKEN}\n"));
    let pid: i32 = pid.parse().unwrap();
    // Detached: no terminal's stdin, stdout or stderr; its lines go to the log.
    let fd = |n: u8| std::fs::read_link(format!("/proc/{pid}/fd/{n}")).unwrap();
    assert_eq!(fd(0), std::path::Path::new("/dev/null"));
    assert_eq!(fd(1), std::path::Path::new("/dev/null"));
    assert_eq!(fd(2), log);
    let sid = |pid: i32| {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let after = stat.rsplit_once(')').unwrap().1.to_owned();
        after.split_whitespace().nth(3).unwrap().to_owned()
    };
    assert_eq!(sid(pid), pid.to_string(), "a session of its own");
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(pid).unwrap(),
        rustix::process::Signal::TERM,
    )
    .unwrap();
    wait_until(Duration::from_secs(10), "the service stopped", || {
        !std::path::Path::new(&format!("/proc/{pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|s| s.rsplit_once(')').unwrap().1.trim_start().starts_with('Z'))
    });
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(
        logged.contains("iamtoken: serve: PUT /[redacted]/instance_identity/v1/token -> 200"),
        "{logged}"
    );
    assert!(!logged.contains(KEY), "{logged}");
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&log).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn serve_detach_with_a_refused_identity_exits_non_zero_and_prints_nothing() {
    let home = tempfile::tempdir().unwrap();
    let refused = || Reply::IamError(400, "BXNIM0415E", "Provided API key could not be found.");
    let iam = StandIn::scripted(vec![refused(), refused(), refused()]);
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "serve",
            "--detach",
            "apikey",
            "--apikey",
            KEY,
        ])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(3)
        .stdout("")
        .stderr(predicate::str::contains("BXNIM0415E"));
    // As README's patterns use it: a script that keeps the output first sees the failure, and
    // an eval of the empty output sets nothing.
    let script = format!(
        "env=$({bin} --iam-url {iam} serve --detach apikey --apikey {KEY}) || echo failed; \
         eval \"$({bin} --iam-url {iam} serve --detach apikey --apikey {KEY})\"; \
         echo \"${{IAMTOKEN_SERVE_PID:-unset}}\"",
        bin = bin().display(),
        iam = iam.url,
    );
    assert_cmd::Command::from_std(isolated("sh", &home))
        .args(["-c", &script])
        .timeout(Duration::from_secs(30))
        .assert()
        .success()
        .stdout("failed\nunset\n");
}

/// Both ways to hold every slot at once, for `seconds`: 64 connections that pipeline request
/// after request and never read an answer (reopened when closed), and 100 idle connections
/// reopened as soon as they are closed. Prints `ready` once all are open.
const SLOT_ATTACK: &str = "import select, socket, sys, time\n\
port, seconds = int(sys.argv[1]), float(sys.argv[2])\n\
junk = b'GET /x HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\n\\r\\n' * 2000\n\
def opened():\n\
\x20   s = socket.socket()\n\
\x20   s.setblocking(False)\n\
\x20   try:\n\
\x20       s.connect(('127.0.0.1', port))\n\
\x20   except BlockingIOError:\n\
\x20       pass\n\
\x20   return s\n\
pipers = [opened() for _ in range(64)]\n\
idlers = [opened() for _ in range(100)]\n\
print('ready', flush=True)\n\
until = time.time() + seconds\n\
while time.time() < until:\n\
\x20   readable, writable, _ = select.select(idlers, pipers, [], 0.05)\n\
\x20   for s in writable:\n\
\x20       try:\n\
\x20           s.send(junk)\n\
\x20       except OSError:\n\
\x20           pipers[pipers.index(s)] = opened()\n\
\x20           s.close()\n\
\x20   for s in readable:\n\
\x20       try:\n\
\x20           data = s.recv(1)\n\
\x20       except OSError:\n\
\x20           data = b''\n\
\x20       if not data:\n\
\x20           idlers[idlers.index(s)] = opened()\n\
\x20           s.close()\n";

/// While another user holds every slot both ways (and, with the same attack, a runaway client
/// of the owner's own), the owner's client still gets its token within 2 s, ten times out of
/// ten: another user's connections are closed unread (Linux), and a connection that does not
/// use its slot, or stops reading its answers, makes room for a new one.
#[test]
fn clients_that_hold_every_slot_delay_no_one() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &[]);
    let host = served.host();
    for other_user in [true, false] {
        let mut attack = if other_user {
            as_nobody(&home, "/usr/bin/python3")
        } else {
            isolated("python3", &home)
        };
        let mut attacker = attack
            .args(["-c", SLOT_ATTACK, port(&host), "60"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // Read on a thread, so that an attacker that never gets ready fails the test in 30 s.
        let mut out = attacker.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut ready = [0u8; 6];
            let _ = tx.send(out.read_exact(&mut ready).map(|()| ready));
        });
        let ready = rx.recv_timeout(Duration::from_secs(30)).unwrap().unwrap();
        assert_eq!(&ready, b"ready\n");
        // Let the attack take every slot and fill its connections' buffers.
        std::thread::sleep(Duration::from_secs(2));
        for _ in 0..10 {
            let started = Instant::now();
            answered_within(&served, Duration::from_secs(2));
            assert!(
                started.elapsed() < Duration::from_secs(2),
                "other user: {other_user}: {:?}",
                started.elapsed()
            );
        }
        let _ = attacker.kill();
        let _ = attacker.wait();
    }
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
}

/// A connection is answered at most 100 requests; the last answer says it closes.
#[test]
fn a_connection_is_closed_after_100_requests() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &[]);
    let host = served.host();
    let one = format!("GET /wrong HTTP/1.1\r\nHost: {host}\r\n\r\n");
    let mut stream = TcpStream::connect(&host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(one.repeat(150).as_bytes()).unwrap();
    let mut answers = Vec::new();
    // Ends when the service closes the connection (a reset, for the requests left unread).
    let _ = stream.read_to_end(&mut answers);
    let answers = String::from_utf8_lossy(&answers);
    assert_eq!(answers.matches("HTTP/1.1 404").count(), 100, "{answers}");
    let last = answers.rsplit("HTTP/1.1 ").next().unwrap();
    assert!(last.to_lowercase().contains("connection: close"), "{last}");
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
}

/// `serve -v` with a stderr nobody reads: a runaway client's thousands of wrong-path requests
/// are all answered, and so is the owner's; the lines that did not fit are counted once the
/// log is read again.
#[test]
fn a_log_nobody_reads_stalls_no_request() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let mut served = Served::start(&home, &iam, &["-v"]);
    let host = served.host();
    let one = format!("GET /wrong HTTP/1.1\r\nHost: {host}\r\n\r\n");
    // 4,000 requests (about 200 KiB of log, past a pipe's 64 KiB), 100 to a connection.
    for _ in 0..40 {
        let mut stream = TcpStream::connect(&host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream.write_all(one.repeat(100).as_bytes()).unwrap();
        let mut answers = Vec::new();
        let _ = stream.read_to_end(&mut answers);
        let answers = String::from_utf8_lossy(&answers);
        assert_eq!(answers.matches("HTTP/1.1 404").count(), 100);
    }
    answered_within(&served, Duration::from_secs(2));
    // Reading the log again: the next line is preceded by the count of those dropped.
    let mut stderr = served.child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut said = Vec::new();
        let mut buf = [0u8; 8192];
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until && !String::from_utf8_lossy(&said).contains("dropped") {
            match stderr.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => said.extend_from_slice(&buf[..n]),
            }
        }
        String::from_utf8_lossy(&said).into_owned()
    });
    wait_until(Duration::from_secs(10), "the log to be written", || {
        answered_within(&served, Duration::from_secs(2));
        reader.is_finished()
    });
    let said = reader.join().unwrap();
    assert!(
        said.contains("iamtoken: serve: GET (another path) -> 404"),
        "{said}"
    );
    let dropped: u64 = said
        .split(" log lines dropped")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of dropped lines: {said}"));
    assert!(dropped > 0);
    let pid = rustix::process::Pid::from_raw(i32::try_from(served.child.id()).unwrap()).unwrap();
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
    assert_eq!(
        finish(&mut served.child, Duration::from_secs(10)).code(),
        Some(0)
    );
}

/// Stops the detached service `pid` and waits until it is gone (or a zombie).
fn stop_detached(pid: i32) {
    let _ = rustix::process::kill_process(
        rustix::process::Pid::from_raw(pid).unwrap(),
        rustix::process::Signal::TERM,
    );
    wait_until(Duration::from_secs(10), "the service stopped", || {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |s| {
            s.rsplit_once(')').unwrap().1.trim_start().starts_with('Z')
        })
    });
}

/// `serve --detach` reads every secret itself, stdin and commands included, and passes them to
/// the service through a pipe: the service's arguments and environment hold none, a secret
/// command runs once, and `--apikey -` works.
#[test]
fn a_detached_service_gets_its_secrets_through_a_pipe() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let ran = home.path().join("ran");
    let bin = bin().display().to_string();
    let start = format!("{bin} --iam-url {} serve --detach apikey", iam.url);
    for (script, key) in [
        (
            format!("printf SENTINEL-piped | {start} --apikey -"),
            "SENTINEL-piped",
        ),
        (
            format!("IBMCLOUD_API_KEY=SENTINEL-env {start}"),
            "SENTINEL-env",
        ),
        (
            format!(
                // The command's text is in the arguments; what it prints must not be.
                "{start} --apikey 'cmd:echo ran >> {}; printf %s%s SENT INEL-cmd'",
                ran.display()
            ),
            "SENTINEL-cmd",
        ),
    ] {
        let script = format!(
            "eval \"$({script})\" && echo \"$IAMTOKEN_SERVE_PID\" && {bin} --no-cache vpc -o token"
        );
        let out = assert_cmd::Command::from_std(isolated("sh", &home))
            .args(["-c", &script])
            .timeout(Duration::from_secs(30))
            .assert()
            .success();
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let (pid, token) = stdout.split_once('\n').unwrap();
        assert_eq!(token, format!("{ACCESS_TOKEN}\n"), "{script}");
        let pid: i32 = pid.parse().unwrap();
        for file in ["cmdline", "environ"] {
            let held = std::fs::read(format!("/proc/{pid}/{file}")).unwrap();
            assert!(!held.is_empty());
            assert!(
                !String::from_utf8_lossy(&held).contains("SENTINEL"),
                "{file} of the service holds the secret: {script}"
            );
        }
        stop_detached(pid);
        assert_eq!(iam.sent("apikey").last().map(String::as_str), Some(key));
    }
    assert_eq!(
        std::fs::read_to_string(&ran).unwrap(),
        "ran\n",
        "the secret command ran once"
    );
}

/// `--log` is checked by the command that starts the service, before it detaches: a symlink, or
/// a file another user owns or others may write, is exit 2 with nothing written and no service
/// started.
#[test]
fn serve_log_refuses_anothers_file_and_links() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let theirs = home.path().join("theirs.log");
    std::fs::write(&theirs, "").unwrap();
    std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o666)).unwrap();
    std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).expect("run as root");
    let open = home.path().join("open.log");
    std::fs::write(&open, "").unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o622)).unwrap();
    let target = home.path().join("target");
    std::fs::write(&target, "").unwrap();
    let link = home.path().join("link.log");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for (log, why) in [
        (&theirs, "it belongs to another user"),
        (&open, "others may write to it"),
        (&link, "it is a symbolic link"),
    ] {
        iamtoken(&home)
            .args(["--iam-url", &iam.url, "serve", "--detach", "--log"])
            .arg(log)
            .args(["apikey", "--apikey", KEY])
            .timeout(Duration::from_secs(30))
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "refusing --log {}: {why}",
                log.display()
            )));
    }
    assert!(iam.received().is_empty(), "no service started");
    for file in [&theirs, &open, &target] {
        assert_eq!(std::fs::read_to_string(file).unwrap(), "");
    }
}

/// Starts `serve --detach` in `home` (with `env` set) and returns the service's PID and URL.
fn detached(
    home: &tempfile::TempDir,
    iam: &StandIn,
    env: &[(&str, &std::path::Path)],
) -> (i32, String) {
    let mut command = iamtoken(home);
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command
        .args([
            "--iam-url",
            &iam.url,
            "serve",
            "--detach",
            "apikey",
            "--apikey",
            KEY,
        ])
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    let printed = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let var = |name: &str| {
        printed
            .lines()
            .find_map(|l| l.strip_prefix(&format!("export {name}=")))
            .map_or_else(
                || panic!("{name} not printed: {printed}"),
                |v| v.trim_end_matches(';').trim_matches('\'').to_owned(),
            )
    };
    (
        var("IAMTOKEN_SERVE_PID").parse().unwrap(),
        var("IBMCLOUD_CR_VPC_URL"),
    )
}

/// `serve list` shows the detached services (never the URL's secret), `serve stop` stops them
/// and waits until they are gone, and a record whose process is gone is removed.
#[test]
fn serve_list_and_stop_manage_the_detached_services() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let list = |home: &tempfile::TempDir, env: &[(&str, &std::path::Path)]| -> Value {
        let mut command = iamtoken(home);
        for (name, value) in env {
            command.env(name, value);
        }
        let out = command
            .args(["serve", "list", "-o", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    // None yet: exit 0, nothing on stdout.
    iamtoken(&home)
        .args(["serve", "list"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no detached services are running"));
    assert_eq!(list(&home, &[]), serde_json::json!([]));
    let (first, first_url) = detached(&home, &iam, &[]);
    let (second, _) = detached(&home, &iam, &[]);
    let listed = list(&home, &[]);
    let pids: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["pid"].as_i64().unwrap())
        .collect();
    let mut expected = vec![i64::from(first), i64::from(second)];
    expected.sort_unstable();
    assert_eq!(pids, expected);
    let address = first_url.rsplit_once('/').unwrap().0;
    let shown = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["pid"] == first)
        .unwrap();
    assert_eq!(shown["address"], address);
    assert_eq!(shown["grant"], "apikey");
    // The records: a private folder in the state folder (no runtime folder here), no secret.
    let folder = crate::support::state_dir(&home).join("serve");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder), 0o700);
    let record = folder.join(format!("{first}.json"));
    assert_eq!(mode(&record), 0o600);
    let secret = first_url.rsplit_once('/').unwrap().1;
    assert!(!std::fs::read_to_string(&record).unwrap().contains(secret));
    // The table says the same.
    iamtoken(&home)
        .args(["serve", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(address).and(predicate::str::contains(secret).not()));
    // A PID that is not one of them is refused, and nothing is stopped.
    iamtoken(&home)
        .args(["serve", "stop", "999999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no detached service of yours has PID 999999",
        ));
    // Stopped, and gone when the command returns.
    iamtoken(&home)
        .args(["serve", "stop", &first.to_string()])
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    let gone = |pid: i32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |s| {
            s.rsplit_once(')').unwrap().1.trim_start().starts_with('Z')
        })
    };
    assert!(gone(first));
    assert!(!record.exists(), "its record went with it");
    // A service killed outright leaves its record; listing removes it.
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(second).unwrap(),
        rustix::process::Signal::KILL,
    )
    .unwrap();
    wait_until(Duration::from_secs(10), "the service died", || gone(second));
    assert!(folder.join(format!("{second}.json")).exists());
    assert_eq!(list(&home, &[]), serde_json::json!([]));
    assert!(!folder.join(format!("{second}.json")).exists());
    // With a runtime folder, the records are kept there; `--all` stops every one.
    let runtime = home.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.as_path())];
    let (third, _) = detached(&home, &iam, &env);
    assert!(
        runtime
            .join(format!("iamtoken/serve/{third}.json"))
            .exists()
    );
    assert_eq!(list(&home, &env)[0]["pid"], third);
    let mut stop = iamtoken(&home);
    stop.env("XDG_RUNTIME_DIR", &runtime)
        .args(["serve", "stop", "--all"])
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    assert!(gone(third));
}
