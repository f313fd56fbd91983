package host

import (
	"bufio"
	"net"
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The os binding backs the os module with uname, /proc and the standard
// library. Failing calls return a negative errno (a number) where noted.

func unameFields() (sysname, release, version, machine, nodename string) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return "Linux", "", "", nodeArch(), "localhost"
	}
	return unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]),
		unix.ByteSliceToString(u.Version[:]), unix.ByteSliceToString(u.Machine[:]),
		unix.ByteSliceToString(u.Nodename[:])
}

// meminfo returns a /proc/meminfo field in bytes (-1 if absent).
func meminfo(field string) float64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		fs := strings.Fields(rest)
		if len(fs) == 0 {
			return -1
		}
		v, _ := strconv.ParseFloat(fs[0], 64)
		return v * 1024
	}
	return -1
}

type cpuInfo struct {
	model                      string
	speed                      float64
	user, nice, sys, idle, irq float64
}

func readCPUs() []cpuInfo {
	var cpus []cpuInfo
	// Times from /proc/stat, in USER_HZ (100/s) ticks; Node reports ms.
	if b, err := os.ReadFile("/proc/stat"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			fs := strings.Fields(line)
			if len(fs) < 8 || !strings.HasPrefix(fs[0], "cpu") || fs[0] == "cpu" {
				continue
			}
			v := func(i int) float64 { x, _ := strconv.ParseFloat(fs[i], 64); return x * 10 }
			cpus = append(cpus, cpuInfo{user: v(1), nice: v(2), sys: v(3), idle: v(4), irq: v(6)})
		}
	}
	if len(cpus) == 0 {
		cpus = make([]cpuInfo, runtime.NumCPU())
	}
	var models []string
	var speeds []float64
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch k {
			case "model name":
				models = append(models, v)
			case "cpu MHz":
				f, _ := strconv.ParseFloat(v, 64)
				speeds = append(speeds, f)
			}
		}
	}
	for i := range cpus {
		cpus[i].model = "unknown"
		if i < len(models) {
			cpus[i].model = models[i]
		} else if len(models) > 0 {
			cpus[i].model = models[len(models)-1]
		}
		if b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(i) + "/cpufreq/scaling_cur_freq"); err == nil {
			f, _ := strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
			cpus[i].speed = float64(int64(f / 1000))
		} else if i < len(speeds) {
			cpus[i].speed = float64(int64(speeds[i]))
		}
	}
	return cpus
}

// passwdEntry looks uid up in /etc/passwd: name, home, shell.
func passwdEntry(uid int) (name, home, shell string, ok bool) {
	f, err := os.Open("/etc/passwd")
	if err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Split(sc.Text(), ":")
			if len(fs) >= 7 && fs[2] == strconv.Itoa(uid) {
				return fs[0], fs[5], fs[6], true
			}
		}
	}
	if u, err := user.LookupId(strconv.Itoa(uid)); err == nil {
		return u.Username, u.HomeDir, "", true
	}
	return "", "", "", false
}

// osBinding is the 'os' binding: uname fields as constants, and the
// host's name, load, memory, CPUs, interfaces, user and priorities.
var osBinding = &binding.Module{Name: "os",
	Setup: func(e *binding.Env, obj wasm.Value) {
		vm := e.VM
		sysname, release, version, machine, _ := unameFields()
		vm.Set(obj, "sysname", vm.NewString(sysname))
		vm.Set(obj, "release", vm.NewString(release))
		vm.Set(obj, "version", vm.NewString(version))
		vm.Set(obj, "machine", vm.NewString(machine))
	},
	Funcs: []binding.Func{
		{Name: "hostname", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			if isoOf(e).cfg.Tenant {
				return e.VM.NewString("localhost")
			}
			_, _, _, _, n := unameFields()
			return e.VM.NewString(n)
		}},
		{Name: "loadavg", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			arr := vm.NewArray()
			var vals [3]float64
			if b, err := os.ReadFile("/proc/loadavg"); err == nil {
				fs := strings.Fields(string(b))
				for i := 0; i < 3 && i < len(fs); i++ {
					vals[i], _ = strconv.ParseFloat(fs[i], 64)
				}
			}
			for i, v := range vals {
				vm.SetIndex(arr, uint32(i), vm.NewNumber(v))
			}
			return arr
		}},
		{Name: "uptime", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			if b, err := os.ReadFile("/proc/uptime"); err == nil {
				if fs := strings.Fields(string(b)); len(fs) > 0 {
					v, _ := strconv.ParseFloat(fs[0], 64)
					return vm.NewNumber(v)
				}
			}
			var ts unix.Timespec
			unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts)
			return vm.NewNumber(float64(ts.Sec))
		}},
		{Name: "freemem", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			v := meminfo("MemAvailable")
			if v < 0 {
				var si unix.Sysinfo_t
				unix.Sysinfo(&si)
				v = float64(si.Freeram) * float64(si.Unit)
			}
			return vm.NewNumber(v)
		}},
		{Name: "totalmem", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			v := meminfo("MemTotal")
			if v < 0 {
				var si unix.Sysinfo_t
				unix.Sysinfo(&si)
				v = float64(si.Totalram) * float64(si.Unit)
			}
			return vm.NewNumber(v)
		}},
		{Name: "availableParallelism", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			return wasm.MakeInt(int32(runtime.NumCPU()))
		}},
		// cpus: flat [model, speed, user, nice, sys, idle, irq, ...]
		{Name: "cpus", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			arr := vm.NewArray()
			i := uint32(0)
			for _, c := range readCPUs() {
				vm.SetIndex(arr, i, vm.NewString(c.model))
				for j, v := range []float64{c.speed, c.user, c.nice, c.sys, c.idle, c.irq} {
					vm.SetIndex(arr, i+1+uint32(j), vm.NewNumber(v))
				}
				i += 7
			}
			return arr
		}},
		// networkInterfaces: flat [name, address, netmask, family, mac,
		// internal, scopeid, ...]
		{Name: "networkInterfaces", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			arr := vm.NewArray()
			ifs, _ := net.Interfaces()
			i := uint32(0)
			put := func(v wasm.Value) { vm.SetIndex(arr, i, v); i++ }
			tenant := isoOf(e).cfg.Tenant
			for _, ifc := range ifs {
				if ifc.Flags&net.FlagUp == 0 || tenant && ifc.Flags&net.FlagLoopback == 0 {
					continue
				}
				addrs, _ := ifc.Addrs()
				mac := ifc.HardwareAddr.String()
				if mac == "" {
					mac = "00:00:00:00:00:00"
				}
				for _, a := range addrs {
					ipn, ok := a.(*net.IPNet)
					if !ok {
						continue
					}
					fam := "IPv6"
					ip, mask := ipn.IP, net.IP(ipn.Mask)
					if v4 := ip.To4(); v4 != nil {
						fam, ip = "IPv4", v4
						if len(mask) == 16 {
							mask = mask[12:]
						}
					}
					scope := 0
					if fam == "IPv6" && ip.IsLinkLocalUnicast() {
						scope = ifc.Index
					}
					put(vm.NewString(ifc.Name))
					put(vm.NewString(ip.String()))
					put(vm.NewString(mask.String()))
					put(vm.NewString(fam))
					put(vm.NewString(mac))
					put(wasm.MakeBool(ifc.Flags&net.FlagLoopback != 0))
					put(wasm.MakeInt(int32(scope)))
				}
			}
			return arr
		}},
		// userInfo(): [uid, gid, username, homedir, shell] or a negative errno.
		{Name: "userInfo", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			vm := e.VM
			uid, gid := os.Geteuid(), os.Getegid()
			name, home, shell, ok := passwdEntry(uid)
			if iso := isoOf(e); iso.cfg.Tenant {
				name, home, shell, ok = tenantUser(iso.cfg.Env)
			}
			if !ok {
				return wasm.MakeInt(-int32(unix.ENOENT))
			}
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, wasm.MakeInt(int32(uid)))
			vm.SetIndex(arr, 1, wasm.MakeInt(int32(gid)))
			vm.SetIndex(arr, 2, vm.NewString(name))
			vm.SetIndex(arr, 3, vm.NewString(home))
			if shell == "" {
				vm.SetIndex(arr, 4, wasm.Null)
			} else {
				vm.SetIndex(arr, 4, vm.NewString(shell))
			}
			return arr
		}},
		// getPriority(pid) -> [priority] or negative errno
		{Name: "getPriority", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			vm := e.VM
			pid := int(binding.Arg(args, 0).Number())
			if !mayRenice(e, pid) {
				return wasm.MakeInt(-int32(unix.ESRCH))
			}
			// The raw syscall returns 20 - nice.
			r, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
			if err != nil {
				return wasm.MakeInt(-int32(binding.Errno(err)))
			}
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, wasm.MakeInt(int32(20-r)))
			return arr
		}},
		// setPriority(pid, prio) -> 0 or negative errno
		{Name: "setPriority", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			pid, prio := int(binding.Arg(args, 0).Number()), int(binding.Arg(args, 1).Number())
			if !mayRenice(e, pid) || isoOf(e).cfg.Tenant && (pid == 0 || pid == os.Getpid()) {
				// A tenant's priority is the host process's, shared by all.
				return wasm.MakeInt(-int32(unix.EPERM))
			}
			if err := unix.Setpriority(unix.PRIO_PROCESS, pid, prio); err != nil {
				return wasm.MakeInt(-int32(binding.Errno(err)))
			}
			return wasm.MakeInt(0)
		}},
	}}

// mayRenice reports whether the isolate may read or set the priority of
// pid: a tenant only its own process's and its children's.
func mayRenice(e *binding.Env, pid int) bool {
	return !isoOf(e).cfg.Tenant || pid == 0 || pid == os.Getpid() || ownChild(e, pid)
}

// tenantUser is the user a tenant sees in os.userInfo(): named by its own
// USER (or LOGNAME) and HOME, "nobody" and "/" without them, no shell;
// never the host's account.
func tenantUser(env []string) (name, home, shell string, ok bool) {
	name, home = "nobody", "/"
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		switch {
		case k == "HOME" && v != "":
			home = v
		case (k == "USER" || k == "LOGNAME" && name == "nobody") && v != "":
			name = v
		}
	}
	return name, home, "", true
}
