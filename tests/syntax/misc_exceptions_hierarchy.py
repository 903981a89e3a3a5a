for exc in (ValueError, KeyError, IndexError, ZeroDivisionError, AttributeError, TypeError):
    try:
        raise exc('m')
    except LookupError as e: print('lookup', type(e).__name__)
    except ArithmeticError as e: print('arith', type(e).__name__)
    except Exception as e: print('other', type(e).__name__)
