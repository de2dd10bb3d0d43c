
set edit:completion:arg-completer[iamtoken] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) IAMTOKEN_COMPLETE="elvish" iamtoken -- $@words) | to-lines
}

