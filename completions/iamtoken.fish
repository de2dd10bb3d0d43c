# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_iamtoken_global_optspecs
    string join \n iam-url= private region= test-env timeout= context= no-context sdk-service= secret-command-timeout= retries= proxy= cacert= insecure o/output= v/verbose no-cache min-ttl= h/help V/version
end

function __fish_iamtoken_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_iamtoken_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_iamtoken_using_subcommand
    set -l cmd (__fish_iamtoken_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c iamtoken -n "__fish_iamtoken_needs_command" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_needs_command" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "iks" -d 'The id_token an IBM Cloud Kubernetes Service cluster accepts, for kubectl'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "openshift" -d 'The OAuth token a Red Hat OpenShift on IBM Cloud cluster accepts, for kubectl and oc'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "serve" -d 'Serve tokens on loopback as a VPC virtual server\'s metadata service does, for the IBM SDKs and the ibmcloud CLI'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "check" -d 'Check that an identity is healthy: IAM accepts it, and its API key is enabled and not about to expire'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "inspect" -d 'Decode an IAM access token (without calling IAM) and say whose it is and until when'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "cache" -d 'Look at or empty the token cache'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "config" -d 'Look at the config file and its contexts'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "registry" -d 'Set container clients up to get IBM Cloud Container Registry credentials from iamtoken'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "exec" -d 'Run a command with a token in its environment'
complete -c iamtoken -n "__fish_iamtoken_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand apikey" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l receiver-client-ids -d 'Comma-separated client IDs that may redeem the delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l expiry -d 'How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM\'s default: 6d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l with-access-token -d 'Also return an access token (response_type=cloud_iam delegated_refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l access-token -d 'An access token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l refresh-token -d 'A refresh token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l cookie -d 'An IAM cookie of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l apikey -d 'An API key of an identity the profile trusts: its token is fetched (and cached) first' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l account -d 'The account that holds the profile named by --profile-name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand assume" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l cr-token -d 'The compute resource token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l cr-token-file -d 'Read the compute resource token from this file (read afresh on every run)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cr-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l access-token -d 'The caller\'s access token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l desired-iam-id -d 'The IAM ID to get a token for: crn- followed by the resource\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iam-authz" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l username -d 'The IBMid user name (usually an e-mail address)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l password -d 'The password; asked for on the terminal when omitted' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l account -d 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand password" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l refresh-token -d 'The refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l account -d 'The 32-character account ID, for an account-specific token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand refresh" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l refresh-token -d 'The delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l client-id -d 'The receiving client\'s ID (Authorization: Basic)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l client-secret -d 'The receiving client\'s secret' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand delegated-refresh-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l metadata-url -d 'The instance metadata service. Plain http is right here: the service is link-local. A path in the URL is the base the API\'s paths are appended to (`iamtoken serve`\'s URL has one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l metadata-version -d 'The metadata service API version to speak: 2022-03-01 (the SDKs\') or 2025-08-26 (the IBM Cloud CLI\'s)' -r -f -a "2022-03-01\t''
2025-08-26\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l refresh-token -d 'A refresh token of the IBM Cloud CLI\'s client (bx), instead of an API key' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand iks" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l server -d 'The cluster\'s API server (its public or private service endpoint URL) [default: the server in KUBERNETES_EXEC_INFO, which kubectl sets with provideClusterInfo]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand openshift" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from apikey" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l receiver-client-ids -d 'Comma-separated client IDs that may redeem the delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l expiry -d 'How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM\'s default: 6d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l with-access-token -d 'Also return an access token (response_type=cloud_iam delegated_refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l access-token -d 'An access token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l refresh-token -d 'A refresh token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l cookie -d 'An IAM cookie of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l apikey -d 'An API key of an identity the profile trusts: its token is fetched (and cached) first' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l account -d 'The account that holds the profile named by --profile-name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from assume" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l cr-token -d 'The compute resource token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l cr-token-file -d 'Read the compute resource token from this file (read afresh on every run)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from cr-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l access-token -d 'The caller\'s access token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l desired-iam-id -d 'The IAM ID to get a token for: crn- followed by the resource\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from iam-authz" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l username -d 'The IBMid user name (usually an e-mail address)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l password -d 'The password; asked for on the terminal when omitted' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l account -d 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l refresh-token -d 'The refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l account -d 'The 32-character account ID, for an account-specific token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l refresh-token -d 'The delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l client-id -d 'The receiving client\'s ID (Authorization: Basic)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l client-secret -d 'The receiving client\'s secret' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from delegated-refresh-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l metadata-url -d 'The instance metadata service. Plain http is right here: the service is link-local. A path in the URL is the base the API\'s paths are appended to (`iamtoken serve`\'s URL has one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l metadata-version -d 'The metadata service API version to speak: 2022-03-01 (the SDKs\') or 2025-08-26 (the IBM Cloud CLI\'s)' -r -f -a "2022-03-01\t''
2025-08-26\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l bind -d 'The loopback address to listen on' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l port -d 'The port to listen on (0: one the kernel picks)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l for-sdk-service -d 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l log -d 'With --detach: append the service\'s lines (warnings, and -v\'s) to FILE (0600)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l detach -d 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand serve; and __fish_seen_subcommand_from vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from apikey" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l receiver-client-ids -d 'Comma-separated client IDs that may redeem the delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l expiry -d 'How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM\'s default: 6d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l with-access-token -d 'Also return an access token (response_type=cloud_iam delegated_refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l access-token -d 'An access token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l refresh-token -d 'A refresh token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l cookie -d 'An IAM cookie of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l apikey -d 'An API key of an identity the profile trusts: its token is fetched (and cached) first' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l account -d 'The account that holds the profile named by --profile-name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from assume" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l cr-token -d 'The compute resource token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l cr-token-file -d 'Read the compute resource token from this file (read afresh on every run)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from cr-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l access-token -d 'The caller\'s access token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l desired-iam-id -d 'The IAM ID to get a token for: crn- followed by the resource\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from iam-authz" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l username -d 'The IBMid user name (usually an e-mail address)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l password -d 'The password; asked for on the terminal when omitted' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l account -d 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l refresh-token -d 'The refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l account -d 'The 32-character account ID, for an account-specific token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l refresh-token -d 'The delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l client-id -d 'The receiving client\'s ID (Authorization: Basic)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l client-secret -d 'The receiving client\'s secret' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from delegated-refresh-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l metadata-url -d 'The instance metadata service. Plain http is right here: the service is link-local. A path in the URL is the base the API\'s paths are appended to (`iamtoken serve`\'s URL has one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l metadata-version -d 'The metadata service API version to speak: 2022-03-01 (the SDKs\') or 2025-08-26 (the IBM Cloud CLI\'s)' -r -f -a "2022-03-01\t''
2025-08-26\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l warn-expiry -d 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand check; and __fish_seen_subcommand_from vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -s o -l output -d 'Print JSON instead of text' -r -f -a "json\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l verify -d 'Verify the signature with IAM\'s published keys, and the issuer'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -f -a "list" -d 'One line per cached token: ID, grant, context and subject, IAM host (a cluster\'s host:port), expiry, time left (-o json: an array). Never a token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -f -a "clear" -d 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -f -a "path" -d 'Print the cache directory'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and not __fish_seen_subcommand_from list clear path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -s o -l output -d 'Print JSON instead of text' -r -f -a "json\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l expired -d 'Only those that have expired (and damaged entries)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "list" -d 'One line per cached token: ID, grant, context and subject, IAM host (a cluster\'s host:port), expiry, time left (-o json: an array). Never a token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the cache directory'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -f -a "path" -d 'Print the config file\'s path'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -f -a "list" -d 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -f -a "show" -d 'The settings a context resolves to and where each comes from (secrets by source only)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and not __fish_seen_subcommand_from path list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Print JSON instead of text' -r -f -a "json\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'The settings a context resolves to and where each comes from (secrets by source only)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -f -a "setup" -d 'Name docker-credential-iamtoken as the credential helper of every served registry in docker\'s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and not __fish_seen_subcommand_from setup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l docker-config -d 'The folder of config.json (as DOCKER_CONFIG), or the file itself' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l dry-run -d 'Print the resulting config.json on stdout and write nothing'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l remove -d 'Take out exactly the entries setup made'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l force -d 'Replace another helper\'s entry for a served registry'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Name docker-credential-iamtoken as the credential helper of every served registry in docker\'s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc" -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from apikey" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l apikey -d 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l receiver-client-ids -d 'Comma-separated client IDs that may redeem the delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l expiry -d 'How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM\'s default: 6d)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l with-access-token -d 'Also return an access token (response_type=cloud_iam delegated_refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l access-token -d 'An access token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l refresh-token -d 'A refresh token of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l cookie -d 'An IAM cookie of an identity the profile trusts' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l apikey -d 'An API key of an identity the profile trusts: its token is fetched (and cached) first' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l account -d 'The account that holds the profile named by --profile-name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from assume" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l cr-token -d 'The compute resource token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l cr-token-file -d 'Read the compute resource token from this file (read afresh on every run)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l profile-name -d 'The trusted profile\'s name' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from cr-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l access-token -d 'The caller\'s access token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l desired-iam-id -d 'The IAM ID to get a token for: crn- followed by the resource\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from iam-authz" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l username -d 'The IBMid user name (usually an e-mail address)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l password -d 'The password; asked for on the terminal when omitted' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l account -d 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l tenant -d 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l refresh-token -d 'The refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l account -d 'The 32-character account ID, for an account-specific token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l client-id -d 'Client ID for the Authorization: Basic header (with --client-secret)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l client-secret -d 'Client secret for the Authorization: Basic header (with --client-id)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l refresh-token -d 'The delegated refresh token' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l client-id -d 'The receiving client\'s ID (Authorization: Basic)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l client-secret -d 'The receiving client\'s secret' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from delegated-refresh-token" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l profile-id -d 'The trusted profile\'s ID' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l profile-crn -d 'The trusted profile\'s CRN' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l metadata-url -d 'The instance metadata service. Plain http is right here: the service is link-local. A path in the URL is the base the API\'s paths are appended to (`iamtoken serve`\'s URL has one)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l metadata-version -d 'The metadata service API version to speak: 2022-03-01 (the SDKs\') or 2025-08-26 (the IBM Cloud CLI\'s)' -r -f -a "2022-03-01\t''
2025-08-26\t''"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l keep-env -d 'Keep this variable in the command\'s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l for-sdk-service -d 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l sink -d 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l sink-format -d 'The format of --sink\'s file: any token format but github' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l iam-url -d 'IAM\'s base, token or issuer URL [default: https://iam.cloud.ibm.com]' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l region -d 'The region\'s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l timeout -d 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l context -d 'Use the settings of this context from the config file (see `iamtoken config --help`)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l sdk-service -d 'Use an IBM SDK service\'s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l secret-command-timeout -d 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l retries -d 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l proxy -d 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l cacert -d 'Also trust the CA certificates in this PEM file (a corporate or test CA)' -r -F
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -s o -l output -d 'Output format of a token' -r -f -a "json\t'IAM\'s response object, pretty-printed, plus expires_at (RFC 3339, UTC)'
token\t'The bare token and a newline'
header\t'An HTTP header line: Authorization: Bearer <token>'
export\t'POSIX shell `export NAME=\'value\'` lines, for eval'
dotenv\t'NAME=value lines for .env files'
fish\t'fish `set -gx NAME \'value\';` lines'
powershell\t'PowerShell `\$Env:NAME = \'value\'` lines'
github\t'GitHub Actions: `::add-mask::` lines, and the variables appended to \$GITHUB_ENV'
gitlab\t'GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file'
exec-credential\t'A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl\'s exec plugins. From a grant it holds an IAM access token, which clusters that authenticate IAM tokens accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on IBM Cloud clusters `iamtoken openshift`'"
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l min-ttl -d 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h' -r
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l serve -d 'Also run `iamtoken serve`\'s token service for the command\'s lifetime, and give it the service\'s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service\'s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l private -d 'Use IAM\'s private endpoint (https://private.iam.cloud.ibm.com, or per --region)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l test-env -d 'Use IAM\'s staging endpoint (https://iam.test.cloud.ibm.com)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l no-context -d 'Use no context: neither IAMTOKEN_CONTEXT nor the config\'s default_context'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l insecure -d 'Do not verify IAM\'s TLS certificate. Refused for production IAM endpoints'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -s v -l verbose -d 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -l no-cache -d 'Neither read nor write the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand exec; and __fish_seen_subcommand_from vpc" -s V -l version -d 'Print version'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "iks" -d 'The id_token an IBM Cloud Kubernetes Service cluster accepts, for kubectl'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "openshift" -d 'The OAuth token a Red Hat OpenShift on IBM Cloud cluster accepts, for kubectl and oc'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "serve" -d 'Serve tokens on loopback as a VPC virtual server\'s metadata service does, for the IBM SDKs and the ibmcloud CLI'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "check" -d 'Check that an identity is healthy: IAM accepts it, and its API key is enabled and not about to expire'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "inspect" -d 'Decode an IAM access token (without calling IAM) and say whose it is and until when'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "cache" -d 'Look at or empty the token cache'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "config" -d 'Look at the config file and its contexts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "registry" -d 'Set container clients up to get IBM Cloud Container Registry credentials from iamtoken'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "exec" -d 'Run a command with a token in its environment'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and not __fish_seen_subcommand_from apikey delegated assume cr-token iam-authz password refresh delegated-refresh-token vpc iks openshift serve check inspect cache config registry exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from serve" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "list" -d 'One line per cached token: ID, grant, context and subject, IAM host (a cluster\'s host:port), expiry, time left (-o json: an array). Never a token'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "path" -d 'Print the cache directory'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'The settings a context resolves to and where each comes from (secrets by source only)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "setup" -d 'Name docker-credential-iamtoken as the credential helper of every served registry in docker\'s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "apikey" -d 'Get a token for a user or service ID from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "delegated" -d 'Get a delegated refresh token (and optionally an access token) from an API key'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "assume" -d 'Get a token for a trusted profile, from a token or cookie of an identity it trusts'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "cr-token" -d 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "iam-authz" -d 'Get a token for a resource identity that an authorization policy lets the caller act as'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "password" -d 'Get a token for a (non-federated) IBMid user from a username and password'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "refresh" -d 'Get a new token from a refresh token (grant_type=refresh_token)'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "delegated-refresh-token" -d 'Redeem a delegated refresh token as the client it was made for'
complete -c iamtoken -n "__fish_iamtoken_using_subcommand help; and __fish_seen_subcommand_from exec" -f -a "vpc" -d 'On an IBM Cloud VPC virtual server: a token for the server\'s trusted profile, from the instance metadata service'
