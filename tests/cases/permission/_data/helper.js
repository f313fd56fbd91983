module.exports = "helper"
