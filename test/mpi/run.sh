#!/bin/sh
# run.sh EXPECT PATTERN MPIEXEC NP PROGRAM [ARGS...]
# Runs PROGRAM under mpirun (with --allow-run-as-root when root, and mpirun's
# own --timeout), and passes when the exit status is as EXPECTed (ok: zero,
# fail: non-zero but not a timeout) and the output matches PATTERN.
expect=$1 pattern=$2 mpiexec=$3 np=$4
shift 4
root_flag=
[ "$(id -u)" = 0 ] && root_flag=--allow-run-as-root
output=$("$mpiexec" $root_flag --oversubscribe --timeout 100 -np "$np" "$@" 2>&1)
status=$?
printf '%s\n' "$output"
echo "run.sh: mpirun exit status $status"
if printf '%s\n' "$output" | grep -qi "time limit"; then
  echo "run.sh: FAIL: the run hit mpirun's time limit (a hang)"
  exit 1
fi
case $expect in
  ok) [ "$status" -eq 0 ] || { echo "run.sh: FAIL: expected status 0"; exit 1; } ;;
  fail) [ "$status" -ne 0 ] || { echo "run.sh: FAIL: expected a non-zero status"; exit 1; } ;;
esac
if ! printf '%s\n' "$output" | grep -Eq -- "$pattern"; then
  echo "run.sh: FAIL: output does not match: $pattern"
  exit 1
fi
echo "run.sh: PASS"
