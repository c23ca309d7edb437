"""Code generation for owui-sdk: schema export, normalisation, generation."""
