class Base:
    def who(self): return 'base'
class Child(Base):
    '''doc'''
    x = [i for i in range(3)]
    def who(self): return 'child+' + super().who()
print(Child().who(), Child.x, Child.__doc__, Child.__name__)
class __Private:
    __secret = 1
    def get(self): return self.__secret
print(__Private().get())
