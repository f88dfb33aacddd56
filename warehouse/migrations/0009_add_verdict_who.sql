-- who set a verdict: 'user' (`leads mark`) or an import that states it ('linkedin-export'
-- marks the jobs the user applied to); an import never overwrites a verdict
alter table main.verdicts add column who varchar default 'user';
