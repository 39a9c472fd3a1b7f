// The widget manager of an app page: ipywidgets' own HTML manager (the one that shows widgets on a static
// page), given the page's kernel for its comms, and an Output widget that also catches what the kernel prints
// into it while a learner uses the app (``with output: ...`` in a button's callback).

import { shims } from '@jupyter-widgets/base';
import { HTMLManager } from '@jupyter-widgets/html-manager/lib/htmlmanager';
import * as staticOutput from '@jupyter-widgets/html-manager/lib/output';

/** The kernel message types that an Output widget shows, and how each becomes a notebook output. */
const SHOWN = new Set(['execute_result', 'display_data', 'stream', 'error']);

/**
 * An Output widget that, while the kernel runs code "inside" it (its ``msg_id`` is set), takes that code's
 * outputs from the kernel connection and hands them back to the kernel as its ``outputs`` state, as
 * JupyterLab's Output widget does.
 */
export class LiveOutputModel extends staticOutput.OutputModel {
  initialize(attributes, options) {
    super.initialize(attributes, options);
    this._take = (message) => {
      this._receive(message);
      return false; // the message is this widget's: no other output area shows it
    };
    this.listenTo(this, 'change:msg_id', this._follow);
  }

  _follow() {
    const kernel = this.widget_manager.kernel;
    const before = this.previous('msg_id');
    const now = this.get('msg_id');
    if (before) {
      kernel.removeMessageHook(before, this._take);
    }
    if (now) {
      kernel.registerMessageHook(now, this._take);
    }
  }

  _receive(message) {
    const type = message.header.msg_type;
    if (type === 'clear_output') {
      this.clear_output(message.content.wait);
    } else if (SHOWN.has(type)) {
      this.outputs.add({ ...message.content, output_type: type });
    } else {
      return;
    }
    this.set('outputs', this.outputs.toJSON(), { newMessage: true });
    this.save_changes();
  }
}

const OUTPUT_MODULE = { ...staticOutput, OutputModel: LiveOutputModel };

/** ipywidgets' HTML manager, whose comms go through the page's kernel connection. */
export class KernelWidgetManager extends HTMLManager {
  constructor(kernel) {
    super();
    this.kernel = kernel;
    kernel.registerCommTarget(this.comm_target_name, (comm, message) =>
      this.handle_comm_open(new shims.services.Comm(comm), message)
    );
  }

  /** Every widget the kernel holds, with its state (one message with ipywidgets 8). */
  loadFromKernel() {
    return this._loadFromKernel();
  }

  async _create_comm(targetName, modelId, data, metadata, buffers) {
    const comm = this.kernel.createComm(targetName, modelId);
    if (data || metadata) {
      comm.open(data, metadata, buffers);
    }
    return new shims.services.Comm(comm);
  }

  async _get_comm_info() {
    const reply = await this.kernel.requestCommInfo({ target_name: this.comm_target_name });
    return reply.content.status === 'ok' ? reply.content.comms : {};
  }

  loadClass(className, moduleName, moduleVersion) {
    if (moduleName === '@jupyter-widgets/output') {
      const found = OUTPUT_MODULE[className];
      return found ? Promise.resolve(found) : Promise.reject(new Error(`no ${className} in ${moduleName}`));
    }
    return super.loadClass(className, moduleName, moduleVersion);
  }
}
