from awesomelint._cli import main

main()
