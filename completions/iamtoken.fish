complete --keep-order --exclusive --command iamtoken --arguments "(IAMTOKEN_COMPLETE=fish iamtoken -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
