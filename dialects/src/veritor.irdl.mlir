irdl.dialect @veritor {
  irdl.operation @hook {
    %t = irdl.base "!builtin.tensor"
    %s = irdl.base "#builtin.string"
    irdl.operands(input: %t)
    irdl.results(output: %t)
    irdl.attributes { "name" = %s }
  }
  irdl.operation @fingerprint {
    %x = irdl.base "!builtin.tensor"
    %seed = irdl.base "!builtin.tensor"
    %p = irdl.base "!builtin.tensor"
    %i = irdl.base "#builtin.integer"
    irdl.operands(input: %x, seed: %seed)
    irdl.results(output: %p)
    irdl.attributes { "dim" = %i }
  }
}
