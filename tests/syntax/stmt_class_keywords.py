class Meta(type):
    pass
class A(metaclass=Meta):
    pass
print(type(A).__name__)
