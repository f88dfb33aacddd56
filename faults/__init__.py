"""The fault suite (`make faults`, `python -m faults`): warmleads against SIGKILL at
random moments, hostile servers, import bombs, escape sequences and `leads sql` write
attempts, each run as a user would run it (a `leads` process) and measured."""
