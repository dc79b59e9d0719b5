# Tables generated at build time. Each rule appends its output to GEN_SRC.
