package io.bokjiflow.designer.internal;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.bokjiflow.designer.ModelChange;
import io.bokjiflow.designer.ModelDiff;
import io.bokjiflow.designer.ResourceKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compares two versions of a model by element id: which elements were added, removed or
 * changed (name, attributes such as {@code camunda:candidateGroups}, and the content that
 * belongs to the element — expressions, extension elements, DMN rule entries), and
 * whether only the diagram layout moved. Layout (BPMN DI / DMN DI) is summarised as one
 * entry, so that dragging a shape does not drown the real changes; the unified text diff
 * beside it shows everything. Forms compare their components by id.
 */
class ModelDiffer {

	private static final Set<String> DI_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
			"http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
			"https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DI/",
			"http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DMNDI/");

	private final ObjectMapper json = new ObjectMapper();

	ModelDiff diff(String resourceName, String deployed, String edited) {
		List<ModelChange> changes = new ArrayList<>();
		try {
			if (ResourceKind.of(resourceName) == ResourceKind.FORM) {
				compare(formElements(deployed), formElements(edited), changes);
			}
			else {
				Document before = parse(deployed);
				Document after = parse(edited);
				compare(xmlElements(before), xmlElements(after), changes);
				if (!layout(before.getDocumentElement()).equals(layout(after.getDocumentElement()))) {
					changes.add(new ModelChange(ModelChange.Kind.CHANGED, "diagram", "layout", null, "layout"));
				}
			}
		}
		catch (Exception ex) {
			// An unreadable side (malformed XML being edited) leaves the text diff only.
			changes.clear();
		}
		return new ModelDiff(changes, textDiff(resourceName, deployed, edited));
	}

	/** A unified diff of the two texts with 3 lines of context. */
	static String textDiff(String resourceName, String deployed, String edited) {
		List<String> before = Arrays.asList(deployed.split("\\R", -1));
		List<String> after = Arrays.asList(edited.split("\\R", -1));
		Patch<String> patch = DiffUtils.diff(before, after);
		if (patch.getDeltas().isEmpty()) {
			return "";
		}
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("deployed/" + resourceName,
				"edited/" + resourceName, before, patch, 3));
	}

	/** One element's facts: type, name and its own attributes and content. */
	private record Facts(String type, String name, Map<String, String> properties) {
	}

	private static void compare(Map<String, Facts> before, Map<String, Facts> after, List<ModelChange> changes) {
		before.forEach((id, facts) -> {
			Facts now = after.get(id);
			if (now == null) {
				changes.add(new ModelChange(ModelChange.Kind.REMOVED, id, facts.type(), facts.name(), null));
				return;
			}
			List<String> details = new ArrayList<>();
			if (!facts.type().equals(now.type())) {
				details.add("type: " + facts.type() + " → " + now.type());
			}
			Set<String> keys = new java.util.TreeSet<>(facts.properties().keySet());
			keys.addAll(now.properties().keySet());
			for (String key : keys) {
				String old = facts.properties().get(key);
				String neu = now.properties().get(key);
				if (!Objects.equals(old, neu)) {
					details.add(key + ": " + shorten(old) + " → " + shorten(neu));
				}
			}
			if (!details.isEmpty()) {
				changes.add(new ModelChange(ModelChange.Kind.CHANGED, id, now.type(), now.name(),
						String.join("; ", details)));
			}
		});
		after.forEach((id, facts) -> {
			if (!before.containsKey(id)) {
				changes.add(new ModelChange(ModelChange.Kind.ADDED, id, facts.type(), facts.name(), null));
			}
		});
	}

	private static String shorten(String value) {
		if (value == null) {
			return "∅";
		}
		String flat = value.replaceAll("\\s+", " ").trim();
		return flat.length() > 120 ? flat.substring(0, 117) + "…" : flat;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Facts> xmlElements(Document document) {
		Map<String, Facts> elements = new LinkedHashMap<>();
		collect(document.getDocumentElement(), elements);
		return elements;
	}

	private static boolean isDi(Node node) {
		return node.getNamespaceURI() != null && DI_NAMESPACES.contains(node.getNamespaceURI());
	}

	private static void collect(Element element, Map<String, Facts> out) {
		if (isDi(element)) {
			return;
		}
		if (element.hasAttribute("id") && element.getParentNode() != element.getOwnerDocument()) {
			Map<String, String> properties = new TreeMap<>();
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Node attribute = attributes.item(i);
				String name = attribute.getNodeName();
				if (!name.equals("id") && !name.startsWith("xmlns")) {
					properties.put(name, attribute.getNodeValue());
				}
			}
			String content = ownContent(element);
			if (!content.isBlank()) {
				properties.put("content", content);
			}
			out.put(element.getAttribute("id"), new Facts(element.getLocalName(),
					element.hasAttribute("name") ? element.getAttribute("name") : null, properties));
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				collect(child, out);
			}
		}
	}

	/**
	 * The element's text and its child elements that have no id of their own (extension
	 * elements, expressions, incoming/outgoing references), serialised compactly.
	 */
	private static String ownContent(Element element) {
		StringBuilder text = new StringBuilder();
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				String value = child.getNodeValue().trim();
				if (!value.isEmpty()) {
					text.append(value).append(' ');
				}
			}
			else if (child instanceof Element childElement && !childElement.hasAttribute("id") && !isDi(child)) {
				text.append('<').append(childElement.getLocalName());
				NamedNodeMap attributes = childElement.getAttributes();
				for (int a = 0; a < attributes.getLength(); a++) {
					Node attribute = attributes.item(a);
					if (!attribute.getNodeName().startsWith("xmlns")) {
						text.append(' ')
							.append(attribute.getNodeName())
							.append("=\"")
							.append(attribute.getNodeValue())
							.append('"');
					}
				}
				text.append('>')
					.append(ownContent(childElement))
					.append("</")
					.append(childElement.getLocalName())
					.append('>');
			}
		}
		return text.toString().trim();
	}

	private static String layout(Element root) {
		StringWriter out = new StringWriter();
		layout(root, out);
		return out.toString();
	}

	private static void layout(Element element, StringWriter out) {
		if (isDi(element)) {
			NamedNodeMap attributes = element.getAttributes();
			out.append(element.getLocalName());
			for (int i = 0; i < attributes.getLength(); i++) {
				out.append(' ')
					.append(attributes.item(i).getNodeName())
					.append('=')
					.append(attributes.item(i).getNodeValue());
			}
			out.append('\n');
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				layout(child, out);
			}
		}
	}

	private Map<String, Facts> formElements(String content) throws Exception {
		Map<String, Facts> elements = new LinkedHashMap<>();
		collectForm(this.json.readTree(content).path("components"), elements);
		return elements;
	}

	private static void collectForm(JsonNode components, Map<String, Facts> out) {
		for (Iterator<JsonNode> it = components.elements(); it.hasNext();) {
			JsonNode component = it.next();
			Map<String, String> properties = new TreeMap<>();
			component.fields().forEachRemaining(field -> {
				if (!field.getKey().equals("id") && !field.getKey().equals("components")
						&& !field.getKey().equals("layout")) {
					properties.put(field.getKey(),
							field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
				}
			});
			String id = component.path("id").asText(component.path("key").asText("?"));
			String name = component.hasNonNull("label") ? component.get("label").asText() : null;
			out.put(id, new Facts(component.path("type").asText(""), name, properties));
			if (component.path("components").isArray()) {
				collectForm(component.path("components"), out);
			}
		}
	}

}
