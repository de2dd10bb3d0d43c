#!/usr/bin/env python3
"""The Windows build, end to end under Wine: iamtoken.exe and docker-credential-iamtoken.exe
against a stand-in IAM on 127.0.0.1 that checks what it receives and answers as IAM does.
Run by .ci/windows, which builds the binaries and the fixtures (ProcessPrng, a Ctrl-C child)
first.

    suite.py DIR        DIR holds the two .exe files, ctrlc_child.exe and bcryptprimitives.dll"""
import base64
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EXE_DIR = os.path.abspath(sys.argv[1])
KEY = "wine-test-key-0123"
APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey"
PASSCODE_GRANT = "urn:ibm:params:oauth:grant-type:passcode"


def b64(data):
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(seconds):
    """An IAM-shaped access token (unsigned: inspect decodes it without --verify)."""
    now = int(time.time())
    claims = {"iam_id": "iam-ServiceId-wine", "sub": "ServiceId-wine", "sub_type": "ServiceId",
              "account": {"bss": "0123456789abcdef0123456789abcdef"}, "iat": now,
              "exp": now + seconds, "iss": "https://iam.cloud.ibm.com/identity",
              "grant_type": APIKEY_GRANT}
    return f"{b64({'alg': 'RS256', 'kid': 'wine'})}.{b64(claims)}.c2lnbmF0dXJl"


TOKEN = jwt(3600)


class Iam(BaseHTTPRequestHandler):
    """IAM's token endpoint for the apikey grant: a form POST with the headers every request
    carries; a known key gets a token, any other a 400 BXNIM0415E, as IAM answers. Sessions too:
    the passcode grant and refresh tokens that rotate and work once, both as client bx."""
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    received = []
    # Refresh tokens not yet used, and how long new ones are.
    live = set()
    refresh_length = 40

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        form = dict(urllib.parse.parse_qsl(body))
        Iam.received.append(form)
        ok_headers = (self.headers.get("Content-Type") == "application/x-www-form-urlencoded"
                      and self.headers.get("Accept") == "application/json"
                      and self.headers.get("User-Agent", "").startswith("iamtoken/"))
        if self.path != "/identity/token" or not ok_headers:
            return self.answer(400, {"errorCode": "BXNIM0106E", "errorMessage": "Bad request"})
        if form.get("grant_type") in (PASSCODE_GRANT, "refresh_token"):
            return self.session(form)
        if form.get("grant_type") != APIKEY_GRANT or form.get("apikey") != KEY:
            return self.answer(400, {"errorCode": "BXNIM0415E",
                                     "errorMessage": "Provided API key could not be found."})
        now = int(time.time())
        self.answer(200, {"access_token": TOKEN, "refresh_token": "not_supported",
                          "token_type": "Bearer", "expires_in": 3600,
                          "expiration": now + 3600, "scope": "ibm openid"})

    def session(self, form):
        bx = "Basic " + base64.b64encode(b"bx:bx").decode()
        if self.headers.get("Authorization") != bx:
            return self.answer(400, {"errorCode": "BXNIM0308E", "errorMessage": "No client"})
        if form["grant_type"] == PASSCODE_GRANT:
            if form.get("passcode") != "PC-1" or form.get("response_type") != "cloud_iam":
                return self.answer(400, {"errorCode": "BXNIM0421E", "errorMessage": "Bad passcode"})
        elif form.get("refresh_token") not in Iam.live:
            return self.answer(400, {"errorCode": "BXNIM0407E",
                                     "errorMessage": "Provided refresh token is invalid"})
        Iam.live.discard(form.get("refresh_token"))
        refresh = "rt~" + os.urandom(Iam.refresh_length).hex()[:Iam.refresh_length - 3]
        Iam.live.add(refresh)
        now = int(time.time())
        self.answer(200, {"access_token": TOKEN, "refresh_token": refresh, "token_type": "Bearer",
                          "expires_in": 3600, "expiration": now + 3600,
                          "refresh_token_expiration": now + 2592000})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def pids(marker):
    """The processes whose command line holds `marker` (Wine's processes are Linux's)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if marker.encode() in f.read().replace(b"\0", b" "):
                    found.append(int(pid))
        except OSError:
            pass
    return found


def running(marker):
    """Whether a process whose command line holds `marker` is running."""
    return bool(pids(marker))


def ctrl_c(marker):
    """Ctrl-C as a console gives it, to every process on it: here those whose command line
    holds `marker`. Wine turns a SIGINT into the receiving process's CTRL_C_EVENT."""
    for pid in pids(marker):
        try:
            os.kill(pid, signal.SIGINT)
        except ProcessLookupError:
            pass


def first_line(proc, wanted, seconds):
    """The lines `proc` prints, read on a thread until one starts with `wanted` (at most
    `seconds`); None when none did."""
    printed = []
    found = threading.Event()

    def read():
        for line in proc.stdout:
            printed.append(line)
            if line.startswith(wanted):
                found.set()

    threading.Thread(target=read, daemon=True).start()
    found.wait(seconds)
    return next((line for line in printed if line.startswith(wanted)), None), printed


def wine_path(path):
    """A Linux path as Wine's programs see it (Z: is /)."""
    return "Z:" + path.replace("/", "\\")


class Suite:
    def __init__(self, work):
        self.work = work
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Iam)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.env = {
            "PATH": os.environ["PATH"], "HOME": work,
            "WINEPREFIX": os.path.join(work, "prefix"), "WINEDEBUG": "-all",
            # The fixture DLL beside the .exe, in place of Wine's own.
            "WINEDLLOVERRIDES": "bcryptprimitives=n,b",
            "IAMTOKEN_CACHE_DIR": wine_path(os.path.join(work, "cache")),
            "IAMTOKEN_CONFIG": wine_path(os.path.join(work, "config.toml")),
        }
        subprocess.run(["wineboot", "-i"], env=self.env, timeout=180, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.failures = []

    def run(self, exe, *args, env=None, stdin=""):
        full = dict(self.env, **(env or {}))
        return subprocess.run(["wine", os.path.join(EXE_DIR, exe), *args], env=full,
                              input=stdin, capture_output=True, text=True, timeout=60)

    def iamtoken(self, *args, env=None, stdin=""):
        return self.run("iamtoken.exe", *args, env=env, stdin=stdin)

    def check(self, what, ok, shown):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(f"{what}:\n{shown}")

    def formats(self):
        expected = {
            "token": lambda out: out == TOKEN + "\n",
            "header": lambda out: out == f"Authorization: Bearer {TOKEN}\n",
            "json": lambda out: json.loads(out)["access_token"] == TOKEN,
            "export": lambda out: f"export IBMCLOUD_IAM_TOKEN='{TOKEN}';" in out,
            "dotenv": lambda out: f"IBMCLOUD_IAM_TOKEN={TOKEN}" in out,
            "fish": lambda out: f"set -gx IBMCLOUD_IAM_TOKEN '{TOKEN}';" in out,
            "powershell": lambda out: f"$Env:IBMCLOUD_IAM_TOKEN = '{TOKEN}'" in out,
            "gitlab": lambda out: f"IBMCLOUD_IAM_TOKEN={TOKEN}" in out,
            "exec-credential": lambda out: json.loads(out)["status"]["token"] == TOKEN,
        }
        for fmt, ok in expected.items():
            out = self.iamtoken("--iam-url", self.url, "--no-cache", "apikey", "-o", fmt,
                                env={"IBMCLOUD_API_KEY": KEY})
            self.check(f"-o {fmt}", out.returncode == 0 and ok(out.stdout),
                       out.stdout + out.stderr)
        github_env = os.path.join(self.work, "github_env")
        out = self.iamtoken("--iam-url", self.url, "--no-cache", "apikey", "-o", "github",
                            env={"IBMCLOUD_API_KEY": KEY, "GITHUB_ENV": wine_path(github_env)})
        written = open(github_env).read() if os.path.exists(github_env) else ""
        self.check("-o github masks and appends to GITHUB_ENV",
                   out.returncode == 0 and f"::add-mask::{TOKEN}" in out.stdout
                   and TOKEN in written, out.stdout + out.stderr + written)

    def cache(self):
        before = len(Iam.received)
        first = self.iamtoken("--iam-url", self.url, "apikey", "-o", "token",
                              env={"IBMCLOUD_API_KEY": KEY})
        second = self.iamtoken("--iam-url", self.url, "-v", "apikey", "-o", "token",
                               env={"IBMCLOUD_API_KEY": KEY})
        self.check("a cache hit makes no second request",
                   first.returncode == 0 and second.returncode == 0
                   and second.stdout == TOKEN + "\n" and "cache hit" in second.stderr
                   and len(Iam.received) == before + 1,
                   first.stderr + second.stderr)
        # The cache's rules, from the folder's and entries' security descriptors.
        cache = os.path.join(self.work, "cache")
        os.chmod(cache, 0o777)
        out = self.iamtoken("--iam-url", self.url, "apikey", "-o", "token",
                            env={"IBMCLOUD_API_KEY": KEY})
        os.chmod(cache, 0o700)
        self.check("a cache folder others may write is not used",
                   out.returncode == 0 and "writable by group or others" in out.stderr, out.stderr)
        entry = next(os.path.join(cache, n) for n in os.listdir(cache) if n.startswith("t-")
                     and n.endswith(".json"))
        os.chown(entry, 4242, 4242)
        before = len(Iam.received)
        out = self.iamtoken("--iam-url", self.url, "apikey", "-o", "token",
                            env={"IBMCLOUD_API_KEY": KEY})
        os.chown(entry, 0, 0)
        self.check("another user's cache entry is neither read nor replaced",
                   out.returncode == 0 and "not the cache's own file" in out.stderr
                   and "left alone" in out.stderr and len(Iam.received) == before + 1, out.stderr)
        listed = self.iamtoken("cache", "list", "-o", "json")
        self.check("cache list shows the entry",
                   listed.returncode == 0 and json.loads(listed.stdout)[0]["grant"] == "apikey",
                   listed.stdout + listed.stderr)

    def context(self):
        with open(os.path.join(self.work, "config.toml"), "w") as f:
            f.write(f'[context.ci]\ngrant = "apikey"\napikey = "env:CI_KEY"\n'
                    f'iam_url = "{self.url}"\noutput = "token"\n')
        out = self.iamtoken("--context", "ci", "--no-cache", env={"CI_KEY": KEY})
        self.check("a context from the config", out.returncode == 0 and out.stdout == TOKEN + "\n",
                   out.stdout + out.stderr)
        # A literal secret in a config file others may read is warned about.
        literal = os.path.join(self.work, "literal.toml")
        with open(literal, "w") as f:
            f.write(f'[context.lit]\ngrant = "apikey"\napikey = "{KEY}"\niam_url = "{self.url}"\n')
        said = {}
        for mode in (0o644, 0o600):
            os.chmod(literal, mode)
            out = self.iamtoken("--context", "lit", "-o", "token",
                                env={"IAMTOKEN_CONFIG": wine_path(literal)})
            said[mode] = out.returncode == 0 and "readable by group or others" in out.stderr
        self.check("a literal secret in a config file others may read is warned about",
                   said == {0o644: True, 0o600: False}, str(said))
        # A config file may run a secret command only when it is the user's own and no one else
        # may write to it (its owner SID and DACL; Wine derives them from the owner and mode).
        commands = os.path.join(self.work, "commands.toml")
        with open(commands, "w") as f:
            f.write(f'[context.cmd]\ngrant = "apikey"\napikey = "cmd:echo {KEY}"\n'
                    f'iam_url = "{self.url}"\n')
        os.chmod(commands, 0o600)
        out = self.iamtoken("--context", "cmd", "--no-cache", "-o", "token",
                            env={"IAMTOKEN_CONFIG": wine_path(commands)})
        self.check("a config file of the user's own runs its cmd:",
                   out.returncode == 0 and out.stdout == TOKEN + "\n", out.stdout + out.stderr)
        for attack, undo in ((lambda: os.chmod(commands, 0o666), lambda: os.chmod(commands, 0o600)),
                             (lambda: os.chown(commands, 4242, 4242), lambda: os.chown(commands, 0, 0))):
            attack()
            before = len(Iam.received)
            out = self.iamtoken("--context", "cmd", "--no-cache",
                                env={"IAMTOKEN_CONFIG": wine_path(commands)})
            undo()
            self.check("a config file others may write, or another user's, runs no cmd: (exit 2)",
                       out.returncode == 2 and "runs a command" in out.stderr
                       and len(Iam.received) == before, out.stdout + out.stderr)

    def exec_(self):
        out = self.iamtoken("--iam-url", self.url, "exec", "apikey", "--", "cmd", "/c",
                            "echo %IBMCLOUD_IAM_TOKEN%& if defined IBMCLOUD_API_KEY "
                            "(echo key-leaked) else (echo key-removed)",
                            env={"IBMCLOUD_API_KEY": KEY})
        lines = out.stdout.replace("\r", "").split("\n")
        self.check("exec hands cmd.exe the token, not the key",
                   out.returncode == 0 and lines[:2] == [TOKEN, "key-removed"],
                   out.stdout + out.stderr)
        out = self.iamtoken("--iam-url", self.url, "exec", "apikey", "--", "cmd", "/c", "exit 7",
                            env={"IBMCLOUD_API_KEY": KEY})
        self.check("exec exits with its command's code", out.returncode == 7, out.stderr)
        # Ctrl-C reaches iamtoken and its command: the command takes its time to finish, and
        # exec waits for its exit code instead of dying first.
        done = os.path.join(self.work, "ctrl-c-seen")
        child = os.path.join(EXE_DIR, "ctrlc_child.exe")
        proc = subprocess.Popen(
            ["wine", os.path.join(EXE_DIR, "iamtoken.exe"), "--iam-url", self.url, "exec",
             "apikey", "--", wine_path(child), wine_path(done)],
            env=dict(self.env, IBMCLOUD_API_KEY=KEY), stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        try:
            ready, printed = first_line(proc, "ready", 60)
            if ready is None:
                return self.check("exec's command starts", False, "".join(printed))
            ctrl_c(wine_path(done))
            code = proc.wait(30)
        finally:
            proc.kill()
        self.check("Ctrl-C reaches exec's command, and exec waits for its exit code",
                   code == 42 and os.path.exists(done), f"exit {code}")

    def registry(self):
        env = {"IBMCLOUD_API_KEY": KEY, "IBMCLOUD_IAM_API_ENDPOINT": self.url}
        out = self.run("docker-credential-iamtoken.exe", "get", env=env, stdin="us.icr.io\n")
        ok = out.returncode == 0 and json.loads(out.stdout or "{}").get("Secret") == TOKEN
        self.check("docker-credential-iamtoken get", ok, out.stdout + out.stderr)
        out = self.run("docker-credential-iamtoken.exe", "list", env=env)
        ok = out.returncode == 0 and "us.icr.io" in json.loads(out.stdout or "{}")
        self.check("docker-credential-iamtoken list", ok, out.stdout + out.stderr)

    def inspect(self):
        out = self.iamtoken("inspect", "-o", "json", stdin=TOKEN + "\n")
        ok = out.returncode == 0 and json.loads(out.stdout)["claims"]["iam_id"] == "iam-ServiceId-wine"
        self.check("inspect", ok, out.stdout + out.stderr)
        out = self.iamtoken("inspect", stdin=jwt(-60) + "\n")
        self.check("inspect of an expired token is exit 7", out.returncode == 7,
                   out.stdout + out.stderr)

    def secret_commands(self):
        out = self.iamtoken("--iam-url", self.url, "--no-cache", "apikey", "-o", "token",
                            "--apikey", f"cmd:echo {KEY}")
        self.check("a cmd: secret runs under cmd.exe",
                   out.returncode == 0 and out.stdout == TOKEN + "\n", out.stdout + out.stderr)
        # The command starts a child of its own (a ping that would run a minute): the timeout
        # must stop both, through the Job object. Wine's processes are Linux processes, so the
        # child is looked for in /proc, until it is gone (at most 10 s).
        marker = "-n 61 127.0.0.1"
        out = self.iamtoken("--iam-url", self.url, "--no-cache", "--secret-command-timeout", "2s",
                            "apikey", "--apikey",
                            f"cmd:start /b ping {marker} & ping -n 62 127.0.0.1")
        deadline = time.monotonic() + 10
        while running(marker) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.check("a secret command's timeout stops what it started",
                   out.returncode == 2 and "did not finish within 2 s" in out.stderr
                   and not running(marker), out.stderr)

    def sessions(self):
        passcode = os.path.join(self.work, "passcode")
        with open(passcode, "w") as f:
            f.write("PC-1\n")
        out = self.iamtoken("--iam-url", self.url, "login", "--passcode",
                            "@" + wine_path(passcode))
        self.check("login keeps the refresh token in Credential Manager",
                   out.returncode == 0 and "stored in the OS credential store" in out.stderr
                   and "note:" not in out.stderr, out.stderr)
        tokens = [self.iamtoken("--no-cache", "session", "-o", "token") for _ in range(2)]
        self.check("session refreshes twice with single-use tokens (each rotation stored)",
                   all(t.returncode == 0 and t.stdout == TOKEN + "\n" for t in tokens),
                   "".join(t.stderr for t in tokens))
        listed = self.iamtoken("sessions", "-o", "json")
        shown = json.loads(listed.stdout or "[]")
        self.check("sessions lists it, in the credential store, without its token",
                   listed.returncode == 0 and shown and shown[0]["storage"] == "keyring"
                   and "rt~" not in listed.stdout, listed.stdout + listed.stderr)
        # A refresh token over Credential Manager's 2,560 bytes goes to the file.
        Iam.refresh_length = 3000
        out = self.iamtoken("--iam-url", self.url, "login", "--passcode",
                            "@" + wine_path(passcode))
        Iam.refresh_length = 40
        listed = self.iamtoken("sessions", "-o", "json")
        shown = json.loads(listed.stdout or "[]")
        session = self.iamtoken("--no-cache", "session", "-o", "token")
        self.check("a refresh token longer than Credential Manager holds is kept in the file",
                   out.returncode == 0 and "2560 bytes" in out.stderr and shown
                   and shown[0]["storage"] == "file" and session.returncode == 0,
                   out.stderr + listed.stdout + session.stderr)
        out = self.iamtoken("logout")
        after = self.iamtoken("session")
        self.check("logout, then session is exit 2 with a hint",
                   out.returncode == 0 and after.returncode == 2
                   and "iamtoken login" in after.stderr, out.stderr + after.stderr)

    def serve(self):
        """serve's token service, reached from outside Wine: the VPC metadata token API, the
        refusals of a wrong secret prefix, a foreign Host and a browser's Origin, and the
        limits on a body, a header and the connections held."""
        sink = os.path.join(self.work, "served-token")
        proc = subprocess.Popen(
            ["wine", os.path.join(EXE_DIR, "iamtoken.exe"), "--iam-url", self.url, "serve",
             "--sink", wine_path(sink), "apikey"], env=dict(self.env, IBMCLOUD_API_KEY=KEY),
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            # The variables, line by line, until the URL's line has come (at most 60 s).
            line, printed = first_line(proc, "export IBMCLOUD_CR_VPC_URL=", 60)
            if line is None:
                return self.check("serve prints its URL", False, "".join(printed))
            url = line.strip().split("=", 1)[1].rstrip(";").strip("'")
            parsed = urllib.parse.urlsplit(url)
            host, prefix = parsed.netloc, parsed.path

            def call(method, path, headers, body=b""):
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
                conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
                for name, value in {"Host": host, **headers}.items():
                    conn.putheader(name, value)
                conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body)
                answer = conn.getresponse()
                return answer.status, answer.read()

            version = "?version=2022-03-01"

            def put_token(headers=None, body=b"{}", path_prefix=prefix):
                """The instance identity token request, with `headers` added or replaced."""
                return call("PUT", f"{path_prefix}/instance_identity/v1/token{version}",
                            {"Metadata-Flavor": "ibm", **(headers or {})}, body)

            status, body = put_token()
            identity = json.loads(body or b"{}").get("access_token", "")
            status2, body2 = call("POST", f"{prefix}/instance_identity/v1/iam_token{version}",
                                  {"Metadata-Flavor": "ibm",
                                   "Authorization": f"Bearer {identity}"}, b"{}")
            self.check("serve hands out IAM tokens through the VPC metadata API",
                       status == 200 and status2 == 200
                       and json.loads(body2)["access_token"] == TOKEN, f"{status} {status2}")
            wrong, _ = put_token(path_prefix=f"/{'0' * 32}")
            foreign, _ = put_token({"Host": "evil.example"})
            browser, _ = put_token({"Origin": "https://evil.example"})
            self.check("serve refuses a wrong prefix (404), a foreign Host and an Origin (403)",
                       (wrong, foreign, browser) == (404, 403, 403),
                       f"{wrong} {foreign} {browser}")
            # The limits: a body over 64 KiB is 413; a header over 16 KiB is 431 (or the
            # connection closed mid-send); of 100 idle connections, the first ones make room for
            # those over the cap of 64 (closed at once), and the service still answers.
            big, _ = put_token(body=b"x" * (65 * 1024))
            try:
                huge, _ = put_token({"X-Big": "a" * (1024 * 1024)})
            except OSError:
                huge = "closed"
            idle = [socket.create_connection((parsed.hostname, parsed.port), timeout=10)
                    for _ in range(100)]
            # The one idle longest is closed at once, not after the 5 s that any idle
            # connection is given.
            idle[0].settimeout(2)
            try:
                over_cap = idle[0].recv(1)
            except OSError as e:
                over_cap = type(e).__name__
            for conn in idle:
                conn.close()
            # The service frees a slot when it sees the close: retried for at most 10 s.
            deadline, after = time.monotonic() + 10, None
            while after is None:
                try:
                    after, _ = put_token()
                except ConnectionError:
                    if time.monotonic() > deadline:
                        after = "refused for 10 s"
                    time.sleep(0.05)
            self.check("serve refuses a large body (413) and header (431), closes the idlest "
                       "connections for those over its cap, and answers",
                       big == 413 and huge in (431, "closed")
                       and over_cap in (b"", "ConnectionResetError") and after == 200,
                       f"{big} {huge} {over_cap!r} {after}")
            with open(sink) as f:
                written = f.read().strip() == TOKEN
            ctrl_c(wine_path(sink))
            code = proc.wait(30)
            self.check("Ctrl-C stops serve cleanly, and its sink is removed",
                       written and code == 0 and not os.path.exists(sink), f"exit {code}")
        finally:
            proc.kill()
            proc.wait(30)

    def names(self):
        """Usage lines and help name the command as it is typed, not argv[0]'s iamtoken.exe."""
        out = self.iamtoken("apikey", "--bogus")
        helped = self.iamtoken("--help")
        self.check("usage errors and help say iamtoken, not iamtoken.exe",
                   out.returncode == 2 and "usage: iamtoken apikey" in out.stderr
                   and "Usage: iamtoken [OPTIONS]" in helped.stdout
                   and ".exe" not in out.stderr + helped.stdout, out.stderr)

    def refusal(self):
        out = self.iamtoken("--iam-url", self.url, "--no-cache", "apikey", "-o", "token",
                            env={"IBMCLOUD_API_KEY": "wrong-key"})
        self.check("IAM's refusal is exit 3, one line naming its code, no key shown",
                   out.returncode == 3 and "BXNIM0415E" in out.stderr
                   and "wrong-key" not in out.stderr, out.stderr)


def main():
    with tempfile.TemporaryDirectory() as work:
        suite = Suite(work)
        for case in (suite.formats, suite.cache, suite.context, suite.exec_, suite.registry,
                     suite.inspect, suite.secret_commands, suite.sessions, suite.serve,
                     suite.refusal, suite.names):
            case()
        if suite.failures:
            print("\n\n".join(suite.failures), file=sys.stderr)
            sys.exit(1)
        print("windows: every case passed under Wine")


main()
