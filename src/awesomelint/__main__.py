from awesomelint._cli import run

run()
