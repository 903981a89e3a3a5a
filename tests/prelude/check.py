#!/usr/bin/env python3
"""Compare programs under the specloop asyncio prelude with real asyncio.

    python3 tests/prelude/check.py FILES...

Each FILE runs twice under python3: once as is (CPython's asyncio), once
with `import asyncio` resolved to the package vm/src/stdlib/asyncio/ (and `contextvars` to
vm/src/stdlib/contextvars.py) and `_specloop`
to tests/prelude/fake_specloop.py.  Stdout and exit status must match.
Exit status 0 when every file matches, 1 otherwise.

    python3 tests/prelude/check.py --run FILE   # run FILE under the prelude
"""

import difflib
import importlib.util
import os
import runpy
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRELUDE = os.environ.get('SPECLOOP_PRELUDE') or os.path.join(
    ROOT, 'vm', 'src', 'stdlib', 'asyncio', '__init__.py')
FAKE = os.path.join(HERE, 'fake_specloop.py')
TIMEOUT = float(os.environ.get('SPECLOOP_CHECK_TIMEOUT', '60'))


def _load(name, path):
    package = [os.path.dirname(path)] if path.endswith('__init__.py') else None
    spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=package)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def run_under_prelude(path):
    _load('_specloop', FAKE)
    _load('contextvars', os.path.join(os.path.dirname(os.path.dirname(PRELUDE)),
                                      'contextvars.py'))
    _load('asyncio', PRELUDE)
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    runpy.run_path(path, run_name='__main__')


def _run(args):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    try:
        p = subprocess.run([sys.executable] + args, capture_output=True,
                           timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), \
            p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b'').decode('utf-8', 'replace')
        return 'timeout', out, ''


def check(path, verbose):
    rc_ref, out_ref, err_ref = _run([path])
    rc_got, out_got, err_got = _run([os.path.abspath(__file__), '--run', path])
    ok = rc_ref == rc_got and out_ref == out_got
    if ok:
        print(f'ok       {path}')
    else:
        print(f'MISMATCH {path}: exit {rc_ref} (asyncio) vs {rc_got} (prelude)')
        diff = difflib.unified_diff(out_ref.splitlines(), out_got.splitlines(),
                                    'asyncio', 'prelude', lineterm='', n=2)
        for line in list(diff)[:60]:
            print('    ' + line)
        if verbose or rc_ref != rc_got:
            tail = err_got.strip().splitlines()[-15:]
            if tail:
                print('    prelude stderr:')
                for line in tail:
                    print('      ' + line)
    return ok


def main(argv):
    if len(argv) >= 2 and argv[0] == '--run':
        run_under_prelude(argv[1])
        return 0
    verbose = False
    if argv and argv[0] in ('-v', '--verbose'):
        verbose = True
        argv = argv[1:]
    if not argv:
        print(__doc__)
        return 2
    bad = 0
    for path in argv:
        if not check(path, verbose):
            bad += 1
    print(f'{len(argv) - bad}/{len(argv)} identical to real asyncio')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
