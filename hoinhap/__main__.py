from hoinhap.cli import main

main()
