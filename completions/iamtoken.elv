
use builtin;
use str;

set edit:completion:arg-completer[iamtoken] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'iamtoken'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'iamtoken'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apikey 'Get a token for a user or service ID from an API key'
            cand delegated 'Get a delegated refresh token (and optionally an access token) from an API key'
            cand assume 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
            cand cr-token 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
            cand iam-authz 'Get a token for a resource identity that an authorization policy lets the caller act as'
            cand password 'Get a token for a (non-federated) IBMid user from a username and password'
            cand refresh 'Get a new token from a refresh token (grant_type=refresh_token)'
            cand cache 'Look at or empty the token cache'
            cand config 'Look at the config file and its contexts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;apikey'= {
            cand --apikey 'The API key (env: IBMCLOUD_API_KEY, then IC_API_KEY)'
            cand --client-id 'Client ID for the Authorization: Basic header (with --client-secret)'
            cand --client-secret 'Client secret for the Authorization: Basic header (with --client-id)'
            cand --tenant 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;delegated'= {
            cand --apikey 'The API key (env: IBMCLOUD_API_KEY, then IC_API_KEY)'
            cand --receiver-client-ids 'Comma-separated client IDs that may redeem the delegated refresh token'
            cand --expiry 'Seconds within which the receivers must redeem the token (IAM''s default: 518400, 6 days)'
            cand --tenant 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --with-access-token 'Also return an access token (response_type=cloud_iam delegated_refresh_token)'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;assume'= {
            cand --access-token 'An access token of an identity the profile trusts'
            cand --refresh-token 'A refresh token of an identity the profile trusts'
            cand --cookie 'An IAM cookie of an identity the profile trusts'
            cand --apikey 'An API key of an identity the profile trusts: its token is fetched (and cached) first'
            cand --profile-id 'The trusted profile''s ID'
            cand --profile-crn 'The trusted profile''s CRN'
            cand --profile-name 'The trusted profile''s name'
            cand --account 'The account that holds the profile named by --profile-name'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;cr-token'= {
            cand --cr-token 'The compute resource token'
            cand --profile-id 'The trusted profile''s ID'
            cand --profile-crn 'The trusted profile''s CRN'
            cand --profile-name 'The trusted profile''s name'
            cand --client-id 'Client ID for the Authorization: Basic header (with --client-secret)'
            cand --client-secret 'Client secret for the Authorization: Basic header (with --client-id)'
            cand --tenant 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;iam-authz'= {
            cand --access-token 'The caller''s access token'
            cand --desired-iam-id 'The IAM ID to get a token for: crn- followed by the resource''s CRN'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;password'= {
            cand --username 'The IBMid user name (usually an e-mail address)'
            cand --password 'The password; asked for on the terminal when omitted'
            cand --account 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)'
            cand --client-id 'Client ID for the Authorization: Basic header (with --client-secret)'
            cand --client-secret 'Client secret for the Authorization: Basic header (with --client-id)'
            cand --tenant 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;refresh'= {
            cand --refresh-token 'The refresh token'
            cand --account 'The 32-character account ID, for an account-specific token'
            cand --client-id 'Client ID for the Authorization: Basic header (with --client-secret)'
            cand --client-secret 'Client secret for the Authorization: Basic header (with --client-id)'
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;cache'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'One line per cached token: grant, subject, IAM host, expiry, time left. Never a token'
            cand clear 'Delete cached tokens'
            cand path 'Print the cache directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;cache;list'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;cache;clear'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --expired 'Only those that have expired (and damaged entries)'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;cache;path'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;cache;help'= {
            cand list 'One line per cached token: grant, subject, IAM host, expiry, time left. Never a token'
            cand clear 'Delete cached tokens'
            cand path 'Print the cache directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;cache;help;list'= {
        }
        &'iamtoken;cache;help;clear'= {
        }
        &'iamtoken;cache;help;path'= {
        }
        &'iamtoken;cache;help;help'= {
        }
        &'iamtoken;config'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path'
            cand list 'One line per context: name, grant, IAM endpoint (* marks the default)'
            cand show 'The settings a context resolves to and where each comes from (secrets by source only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;config;path'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;config;list'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;config;show'= {
            cand --iam-url 'IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com]'
            cand --region 'With --private: the region''s private endpoint (https://private.REGION.iam.cloud.ibm.com)'
            cand --timeout 'Give up on IAM after this many seconds'
            cand --context 'Use the settings of this context from the config file (see `iamtoken config --help`)'
            cand --sdk-service 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)'
            cand --retries 'Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx'
            cand --proxy 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)'
            cand --cacert 'Also trust the CA certificates in this PEM file (a corporate or test CA)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --min-ttl 'Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h'
            cand --private 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
            cand --test-env 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)'
            cand --insecure 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints'
            cand -v 'Trace the request to standard error (secrets are redacted)'
            cand --verbose 'Trace the request to standard error (secrets are redacted)'
            cand --no-cache 'Neither read nor write the token cache'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'iamtoken;config;help'= {
            cand path 'Print the config file''s path'
            cand list 'One line per context: name, grant, IAM endpoint (* marks the default)'
            cand show 'The settings a context resolves to and where each comes from (secrets by source only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;config;help;path'= {
        }
        &'iamtoken;config;help;list'= {
        }
        &'iamtoken;config;help;show'= {
        }
        &'iamtoken;config;help;help'= {
        }
        &'iamtoken;help'= {
            cand apikey 'Get a token for a user or service ID from an API key'
            cand delegated 'Get a delegated refresh token (and optionally an access token) from an API key'
            cand assume 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
            cand cr-token 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
            cand iam-authz 'Get a token for a resource identity that an authorization policy lets the caller act as'
            cand password 'Get a token for a (non-federated) IBMid user from a username and password'
            cand refresh 'Get a new token from a refresh token (grant_type=refresh_token)'
            cand cache 'Look at or empty the token cache'
            cand config 'Look at the config file and its contexts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'iamtoken;help;apikey'= {
        }
        &'iamtoken;help;delegated'= {
        }
        &'iamtoken;help;assume'= {
        }
        &'iamtoken;help;cr-token'= {
        }
        &'iamtoken;help;iam-authz'= {
        }
        &'iamtoken;help;password'= {
        }
        &'iamtoken;help;refresh'= {
        }
        &'iamtoken;help;cache'= {
            cand list 'One line per cached token: grant, subject, IAM host, expiry, time left. Never a token'
            cand clear 'Delete cached tokens'
            cand path 'Print the cache directory'
        }
        &'iamtoken;help;cache;list'= {
        }
        &'iamtoken;help;cache;clear'= {
        }
        &'iamtoken;help;cache;path'= {
        }
        &'iamtoken;help;config'= {
            cand path 'Print the config file''s path'
            cand list 'One line per context: name, grant, IAM endpoint (* marks the default)'
            cand show 'The settings a context resolves to and where each comes from (secrets by source only)'
        }
        &'iamtoken;help;config;path'= {
        }
        &'iamtoken;help;config;list'= {
        }
        &'iamtoken;help;config;show'= {
        }
        &'iamtoken;help;help'= {
        }
    ]
    $completions[$command]
}
