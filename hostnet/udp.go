package hostnet
