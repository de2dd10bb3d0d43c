
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'iamtoken' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'iamtoken'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'iamtoken' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apikey', 'apikey', [CompletionResultType]::ParameterValue, 'Get a token for a user or service ID from an API key')
            [CompletionResult]::new('delegated', 'delegated', [CompletionResultType]::ParameterValue, 'Get a delegated refresh token (and optionally an access token) from an API key')
            [CompletionResult]::new('assume', 'assume', [CompletionResultType]::ParameterValue, 'Get a token for a trusted profile, from a token or cookie of an identity it trusts')
            [CompletionResult]::new('cr-token', 'cr-token', [CompletionResultType]::ParameterValue, 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)')
            [CompletionResult]::new('iam-authz', 'iam-authz', [CompletionResultType]::ParameterValue, 'Get a token for a resource identity that an authorization policy lets the caller act as')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Get a token for a (non-federated) IBMid user from a username and password')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get a new token from a refresh token (grant_type=refresh_token)')
            [CompletionResult]::new('delegated-refresh-token', 'delegated-refresh-token', [CompletionResultType]::ParameterValue, 'Redeem a delegated refresh token as the client it was made for')
            [CompletionResult]::new('vpc', 'vpc', [CompletionResultType]::ParameterValue, 'On an IBM Cloud VPC virtual server: a token for the server''s trusted profile, from the instance metadata service')
            [CompletionResult]::new('iks', 'iks', [CompletionResultType]::ParameterValue, 'The id_token an IBM Cloud Kubernetes Service cluster accepts, for kubectl')
            [CompletionResult]::new('openshift', 'openshift', [CompletionResultType]::ParameterValue, 'The OAuth token a Red Hat OpenShift on IBM Cloud cluster accepts, for kubectl and oc')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a token in its environment')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve tokens on loopback as a VPC virtual server''s metadata service does, for the IBM SDKs and the ibmcloud CLI')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that an identity is healthy: IAM accepts it, and its API key is enabled and not about to expire')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode an IAM access token (without calling IAM) and say whose it is and until when')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Look at or empty the token cache')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Look at the config file and its contexts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Set container clients up to get IBM Cloud Container Registry credentials from iamtoken')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;apikey' {
            [CompletionResult]::new('--apikey', '--apikey', [CompletionResultType]::ParameterName, 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID for the Authorization: Basic header (with --client-secret)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for the Authorization: Basic header (with --client-id)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;delegated' {
            [CompletionResult]::new('--apikey', '--apikey', [CompletionResultType]::ParameterName, 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set')
            [CompletionResult]::new('--receiver-client-ids', '--receiver-client-ids', [CompletionResultType]::ParameterName, 'Comma-separated client IDs that may redeem the delegated refresh token')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM''s default: 6d)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--with-access-token', '--with-access-token', [CompletionResultType]::ParameterName, 'Also return an access token (response_type=cloud_iam delegated_refresh_token)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;assume' {
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'An access token of an identity the profile trusts')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'A refresh token of an identity the profile trusts')
            [CompletionResult]::new('--cookie', '--cookie', [CompletionResultType]::ParameterName, 'An IAM cookie of an identity the profile trusts')
            [CompletionResult]::new('--apikey', '--apikey', [CompletionResultType]::ParameterName, 'An API key of an identity the profile trusts: its token is fetched (and cached) first')
            [CompletionResult]::new('--profile-id', '--profile-id', [CompletionResultType]::ParameterName, 'The trusted profile''s ID')
            [CompletionResult]::new('--profile-crn', '--profile-crn', [CompletionResultType]::ParameterName, 'The trusted profile''s CRN')
            [CompletionResult]::new('--profile-name', '--profile-name', [CompletionResultType]::ParameterName, 'The trusted profile''s name')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that holds the profile named by --profile-name')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;cr-token' {
            [CompletionResult]::new('--cr-token', '--cr-token', [CompletionResultType]::ParameterName, 'The compute resource token')
            [CompletionResult]::new('--cr-token-file', '--cr-token-file', [CompletionResultType]::ParameterName, 'Read the compute resource token from this file (read afresh on every run)')
            [CompletionResult]::new('--profile-id', '--profile-id', [CompletionResultType]::ParameterName, 'The trusted profile''s ID')
            [CompletionResult]::new('--profile-crn', '--profile-crn', [CompletionResultType]::ParameterName, 'The trusted profile''s CRN')
            [CompletionResult]::new('--profile-name', '--profile-name', [CompletionResultType]::ParameterName, 'The trusted profile''s name')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID for the Authorization: Basic header (with --client-secret)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for the Authorization: Basic header (with --client-id)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;iam-authz' {
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'The caller''s access token')
            [CompletionResult]::new('--desired-iam-id', '--desired-iam-id', [CompletionResultType]::ParameterName, 'The IAM ID to get a token for: crn- followed by the resource''s CRN')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;password' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The IBMid user name (usually an e-mail address)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password; asked for on the terminal when omitted')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The 32-character account ID, for an account-specific token (IBM Cloud APIs need one)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID for the Authorization: Basic header (with --client-secret)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for the Authorization: Basic header (with --client-id)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only issue the token for these comma-separated account or enterprise IDs (IBM-Cloud-Tenant header)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;refresh' {
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'The refresh token')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The 32-character account ID, for an account-specific token')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID for the Authorization: Basic header (with --client-secret)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for the Authorization: Basic header (with --client-id)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;delegated-refresh-token' {
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'The delegated refresh token')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The receiving client''s ID (Authorization: Basic)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'The receiving client''s secret')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;vpc' {
            [CompletionResult]::new('--profile-id', '--profile-id', [CompletionResultType]::ParameterName, 'The trusted profile''s ID')
            [CompletionResult]::new('--profile-crn', '--profile-crn', [CompletionResultType]::ParameterName, 'The trusted profile''s CRN')
            [CompletionResult]::new('--metadata-url', '--metadata-url', [CompletionResultType]::ParameterName, 'The instance metadata service. Plain http is right here: the service is link-local. A path in the URL is the base the API''s paths are appended to (`iamtoken serve`''s URL has one)')
            [CompletionResult]::new('--metadata-version', '--metadata-version', [CompletionResultType]::ParameterName, 'The metadata service API version to speak: 2022-03-01 (the SDKs'') or 2025-08-26 (the IBM Cloud CLI''s)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;iks' {
            [CompletionResult]::new('--apikey', '--apikey', [CompletionResultType]::ParameterName, 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set')
            [CompletionResult]::new('--refresh-token', '--refresh-token', [CompletionResultType]::ParameterName, 'A refresh token of the IBM Cloud CLI''s client (bx), instead of an API key')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;openshift' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The cluster''s API server (its public or private service endpoint URL) [default: the server in KUBERNETES_EXEC_INFO, which kubectl sets with provideClusterInfo]')
            [CompletionResult]::new('--apikey', '--apikey', [CompletionResultType]::ParameterName, 'The API key; IC_API_KEY is read when IBMCLOUD_API_KEY is not set')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;exec' {
            [CompletionResult]::new('--keep-env', '--keep-env', [CompletionResultType]::ParameterName, 'Keep this variable in the command''s environment, which otherwise loses the API key and compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_* variables the new answer does not set. Repeatable; before --')
            [CompletionResult]::new('--for-sdk-service', '--for-sdk-service', [CompletionResultType]::ParameterName, 'With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable')
            [CompletionResult]::new('--sink', '--sink', [CompletionResultType]::ParameterName, 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)')
            [CompletionResult]::new('--sink-format', '--sink-format', [CompletionResultType]::ParameterName, 'The format of --sink''s file: any token format but github')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--serve', '--serve', [CompletionResultType]::ParameterName, 'Also run `iamtoken serve`''s token service for the command''s lifetime, and give it the service''s variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service''s, NO_PROXY), so that an IBM SDK or the ibmcloud CLI in it never holds a dead token')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;serve' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'The loopback address to listen on')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to listen on (0: one the kernel picks)')
            [CompletionResult]::new('--for-sdk-service', '--for-sdk-service', [CompletionResultType]::ParameterName, 'Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'With --detach: append the service''s lines (warnings, and -v''s) to FILE (0600)')
            [CompletionResult]::new('--sink', '--sink', [CompletionResultType]::ParameterName, 'Keep FILE holding the current token (0600, replaced atomically, renewed before the token ages past 80% of its life, removed once it expires unrenewed and on exit)')
            [CompletionResult]::new('--sink-format', '--sink-format', [CompletionResultType]::ParameterName, 'The format of --sink''s file: any token format but github')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Run in the background: once the first token is in, print the environment and exit 0, leaving the service running (stdin, stdout and stderr detached). A refused identity exits non-zero and prints nothing')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;check' {
            [CompletionResult]::new('--warn-expiry', '--warn-expiry', [CompletionResultType]::ParameterName, 'Exit 9 when the API key expires within this long (seconds, or 7d, 30d)')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;inspect' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the signature with IAM''s published keys, and the issuer')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;cache' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per cached token: ID, grant, context and subject, IAM host (a cluster''s host:port), expiry, time left (-o json: an array). Never a token')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the cache directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;cache;list' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;cache;clear' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only those that have expired (and damaged entries)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;cache;path' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;cache;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per cached token: ID, grant, context and subject, IAM host (a cluster''s host:port), expiry, time left (-o json: an array). Never a token')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the cache directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;cache;help;list' {
            break
        }
        'iamtoken;cache;help;clear' {
            break
        }
        'iamtoken;cache;help;path' {
            break
        }
        'iamtoken;cache;help;help' {
            break
        }
        'iamtoken;config' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The settings a context resolves to and where each comes from (secrets by source only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;config;path' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;config;list' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;config;show' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The settings a context resolves to and where each comes from (secrets by source only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;config;help;path' {
            break
        }
        'iamtoken;config;help;list' {
            break
        }
        'iamtoken;config;help;show' {
            break
        }
        'iamtoken;config;help;help' {
            break
        }
        'iamtoken;registry' {
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Name docker-credential-iamtoken as the credential helper of every served registry in docker''s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;registry;setup' {
            [CompletionResult]::new('--docker-config', '--docker-config', [CompletionResultType]::ParameterName, 'The folder of config.json (as DOCKER_CONFIG), or the file itself')
            [CompletionResult]::new('--iam-url', '--iam-url', [CompletionResultType]::ParameterName, 'IAM''s base, token or issuer URL [default: https://iam.cloud.ibm.com]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region''s private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the settings of this context from the config file (see `iamtoken config --help`)')
            [CompletionResult]::new('--sdk-service', '--sdk-service', [CompletionResultType]::ParameterName, 'Use an IBM SDK service''s settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from ibm-credentials.env or the environment)')
            [CompletionResult]::new('--secret-command-timeout', '--secret-command-timeout', [CompletionResultType]::ParameterName, 'Stop a secret command (cmd:) after this long, and its whole process group: seconds, or 30s, 2m')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Attempts after the first when IAM cannot be reached, drops the connection or times out before answering, or answers 429 or a 5xx other than 501')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file (a corporate or test CA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of a token')
            [CompletionResult]::new('--min-ttl', '--min-ttl', [CompletionResultType]::ParameterName, 'Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the resulting config.json on stdout and write nothing')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Take out exactly the entries setup made')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace another helper''s entry for a served registry')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Use IAM''s private endpoint (https://private.iam.cloud.ibm.com, or per --region)')
            [CompletionResult]::new('--test-env', '--test-env', [CompletionResultType]::ParameterName, 'Use IAM''s staging endpoint (https://iam.test.cloud.ibm.com)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Use no context: neither IAMTOKEN_CONTEXT nor the config''s default_context')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify IAM''s TLS certificate. Refused for production IAM endpoints')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamtoken;registry;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Name docker-credential-iamtoken as the credential helper of every served registry in docker''s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;registry;help;setup' {
            break
        }
        'iamtoken;registry;help;help' {
            break
        }
        'iamtoken;help' {
            [CompletionResult]::new('apikey', 'apikey', [CompletionResultType]::ParameterValue, 'Get a token for a user or service ID from an API key')
            [CompletionResult]::new('delegated', 'delegated', [CompletionResultType]::ParameterValue, 'Get a delegated refresh token (and optionally an access token) from an API key')
            [CompletionResult]::new('assume', 'assume', [CompletionResultType]::ParameterValue, 'Get a token for a trusted profile, from a token or cookie of an identity it trusts')
            [CompletionResult]::new('cr-token', 'cr-token', [CompletionResultType]::ParameterValue, 'Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine)')
            [CompletionResult]::new('iam-authz', 'iam-authz', [CompletionResultType]::ParameterValue, 'Get a token for a resource identity that an authorization policy lets the caller act as')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Get a token for a (non-federated) IBMid user from a username and password')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get a new token from a refresh token (grant_type=refresh_token)')
            [CompletionResult]::new('delegated-refresh-token', 'delegated-refresh-token', [CompletionResultType]::ParameterValue, 'Redeem a delegated refresh token as the client it was made for')
            [CompletionResult]::new('vpc', 'vpc', [CompletionResultType]::ParameterValue, 'On an IBM Cloud VPC virtual server: a token for the server''s trusted profile, from the instance metadata service')
            [CompletionResult]::new('iks', 'iks', [CompletionResultType]::ParameterValue, 'The id_token an IBM Cloud Kubernetes Service cluster accepts, for kubectl')
            [CompletionResult]::new('openshift', 'openshift', [CompletionResultType]::ParameterValue, 'The OAuth token a Red Hat OpenShift on IBM Cloud cluster accepts, for kubectl and oc')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a token in its environment')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve tokens on loopback as a VPC virtual server''s metadata service does, for the IBM SDKs and the ibmcloud CLI')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that an identity is healthy: IAM accepts it, and its API key is enabled and not about to expire')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode an IAM access token (without calling IAM) and say whose it is and until when')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Look at or empty the token cache')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Look at the config file and its contexts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Set container clients up to get IBM Cloud Container Registry credentials from iamtoken')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamtoken;help;apikey' {
            break
        }
        'iamtoken;help;delegated' {
            break
        }
        'iamtoken;help;assume' {
            break
        }
        'iamtoken;help;cr-token' {
            break
        }
        'iamtoken;help;iam-authz' {
            break
        }
        'iamtoken;help;password' {
            break
        }
        'iamtoken;help;refresh' {
            break
        }
        'iamtoken;help;delegated-refresh-token' {
            break
        }
        'iamtoken;help;vpc' {
            break
        }
        'iamtoken;help;iks' {
            break
        }
        'iamtoken;help;openshift' {
            break
        }
        'iamtoken;help;exec' {
            break
        }
        'iamtoken;help;serve' {
            break
        }
        'iamtoken;help;check' {
            break
        }
        'iamtoken;help;inspect' {
            break
        }
        'iamtoken;help;cache' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per cached token: ID, grant, context and subject, IAM host (a cluster''s host:port), expiry, time left (-o json: an array). Never a token')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete cached tokens: all of them, those whose ID begins with each ID given, or the expired ones')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the cache directory')
            break
        }
        'iamtoken;help;cache;list' {
            break
        }
        'iamtoken;help;cache;clear' {
            break
        }
        'iamtoken;help;cache;path' {
            break
        }
        'iamtoken;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One line per context: name, grant, IAM endpoint (* marks the default); -o json: an array')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The settings a context resolves to and where each comes from (secrets by source only)')
            break
        }
        'iamtoken;help;config;path' {
            break
        }
        'iamtoken;help;config;list' {
            break
        }
        'iamtoken;help;config;show' {
            break
        }
        'iamtoken;help;registry' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Name docker-credential-iamtoken as the credential helper of every served registry in docker''s config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping everything else in the file. A registry that already has another helper is left alone unless --force')
            break
        }
        'iamtoken;help;registry;setup' {
            break
        }
        'iamtoken;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
