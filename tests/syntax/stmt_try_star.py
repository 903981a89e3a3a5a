try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('value errors', e.exceptions)
except* TypeError as e:
    print('type errors', e.exceptions)
