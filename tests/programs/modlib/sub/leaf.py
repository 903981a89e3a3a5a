from .. import base
from ..base import LIMIT as L
from . import sibling


def leaf_value():
    return base.double(L) + sibling.Y


print("leaf loading:", __name__, __package__)
