from resume_helper.cli import main

main()
