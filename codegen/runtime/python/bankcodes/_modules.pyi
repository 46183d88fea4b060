# The shape of the generated module bankcodes._modules: it imports every provider module, for
# type checkers only; the runtime modules use none of its names.
