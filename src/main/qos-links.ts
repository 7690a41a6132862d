/** The qos:// link among a process's arguments (how Windows and Linux hand a clicked link over). */
export function qosLinkIn(argv: readonly string[]): string | undefined {
  return argv.find((arg) => /^qos:\/\/article\/[\w-]+(\?[\w=&%-]*)?$/.test(arg));
}
